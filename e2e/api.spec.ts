import { expect, openApp, people, test } from './fixtures'

interface Answer {
  status: number
  localApi: string | null
  etag: string | null
  body: unknown
}

/** Calls the app's API through the page's own fetch, so the service worker answers as it does for the UI. */
function callApi(page: import('@playwright/test').Page, method: string, path: string, init: { as?: string; body?: unknown; ifMatch?: number } = {}) {
  return page.evaluate(
    async ({ method, path, init }): Promise<Answer> => {
      const headers: Record<string, string> = {}
      if (init.as) headers['X-Acting-As'] = init.as
      if (init.ifMatch !== undefined) headers['If-Match'] = `"${init.ifMatch}"`
      if (init.body !== undefined) headers['Content-Type'] = 'application/json'
      const response = await fetch(path, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) })
      const text = await response.text()
      return { status: response.status, localApi: response.headers.get('X-Local-API'), etag: response.headers.get('ETag'), body: text ? JSON.parse(text) : null }
    },
    { method, path, init },
  )
}

test('the built app’s local API answers the design’s paths and status codes from IndexedDB', async ({ page }) => {
  await openApp(page, '/')

  for (const path of ['/api/people', '/api/inspections', '/api/boards', '/api/meetings?boardId=board-improvement', '/api/plans', '/api/milestones?planId=plan-northshire', '/api/reports', '/api/export']) {
    const answer = await callApi(page, 'GET', path)
    expect(answer.status, path).toBe(200)
    expect(answer.localApi, path).toBe('1')
  }

  const milestone = await callApi(page, 'GET', '/api/milestones/milestone-13')
  expect(milestone.etag).toMatch(/^"\d+"$/)
  const version = (milestone.body as { version: number }).version

  const missing = await callApi(page, 'GET', '/api/milestones/nope')
  expect(missing.status).toBe(404)

  const bad = await callApi(page, 'POST', '/api/milestones/milestone-13/updates', { as: people.director.id, ifMatch: version, body: { rag: 'red' } })
  expect(bad.status).toBe(400)
  expect((bad.body as { errors: Array<{ path: string }> }).errors.map((error) => error.path)).toEqual(['commentary', 'recoveryAction'])

  const member = await callApi(page, 'POST', '/api/milestones/milestone-13/updates', { as: people.member.id, ifMatch: version, body: { rag: 'green', commentary: 'x' } })
  expect(member.status).toBe(403)

  const noVersion = await callApi(page, 'POST', '/api/milestones/milestone-13/updates', { as: people.director.id, body: { rag: 'green', commentary: 'x' } })
  expect(noVersion.status).toBe(428)

  const saved = await callApi(page, 'POST', '/api/milestones/milestone-13/updates', {
    as: people.director.id,
    ifMatch: version,
    body: { rag: 'amber', commentary: 'Improving.', recoveryAction: 'Weekly clinics.' },
  })
  expect(saved.status).toBe(201)
  const stale = await callApi(page, 'POST', '/api/milestones/milestone-13/updates', { as: people.director.id, ifMatch: version, body: { rag: 'green', commentary: 'x' } })
  expect(stale.status).toBe(412)
  expect((stale.body as { current: { rag: string } }).current.rag).toBe('amber')

  const appendOnly = await callApi(page, 'DELETE', '/api/milestones/milestone-13/updates', { as: people.improvementChair.id })
  expect(appendOnly.status).toBe(405)

  const illegal = await callApi(page, 'POST', '/api/reports/report-monitoring-response/transitions', { as: people.improvementChair.id, ifMatch: 3, body: { to: 'submitted' } })
  expect(illegal.status).toBe(409)

  // Saved in IndexedDB: still there after a reload.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const after = await callApi(page, 'GET', '/api/milestones/milestone-13')
  expect((after.body as { rag: string }).rag).toBe('amber')
})

test('the papers deadline of a Thursday 10 December 2026 meeting is Wednesday 2 December', async ({ page }) => {
  await openApp(page, '/')
  const created = await callApi(page, 'POST', '/api/meetings', { as: people.improvementChair.id, body: { boardId: 'board-improvement', date: '2026-12-10' } })
  expect(created.status).toBe(201)
  expect((created.body as { papersDeadline: string }).papersDeadline).toBe('2026-12-02')
})
