import type { Page } from '@playwright/test'
import { expect, openApp, people, startWithDemo, test } from './fixtures'

/** The scripts and style sheets the page itself loaded: the main thread's code. */
function pageResources(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => ['script', 'link', 'other'].includes((entry as PerformanceResourceTiming).initiatorType))
      .map((entry) => new URL(entry.name).pathname),
  )
}

test('the local API runs in a worker: the page loads none of its code, and still every answer is the API’s', async ({ browser }) => {
  // A context without the fixed clock: Playwright's fake clock leaves a page no resource timings to read.
  const context = await browser.newContext()
  const page = await context.newPage()
  await startWithDemo(page)
  await openApp(page, '/plans/plan-northshire')
  await expect(page.getByRole('row', { name: /Case transfer protocol between teams/ })).toBeVisible()
  const resources = await pageResources(page)
  expect(resources.some((path) => path.startsWith('/assets/') && path.endsWith('.js'))).toBe(true)
  expect(resources.filter((path) => path.startsWith('/assets/api/'))).toEqual([])
  const answer = await page.evaluate(async () => {
    const response = await fetch('/api/plans/plan-northshire')
    return { status: response.status, local: response.headers.get('X-Local-API'), etag: response.headers.get('ETag'), url: response.url }
  })
  expect(answer).toEqual({ status: 200, local: '1', etag: expect.stringMatching(/^"\d+"$/), url: expect.stringMatching(/\/api\/plans\/plan-northshire$/) })
  await context.close()
})

test.describe('where the browser has no shared workers', () => {
  test.use({ startWith: 'nothing' })
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      Reflect.deleteProperty(window, 'SharedWorker')
    })
  })

  test('each tab runs its own API over the same data, and a write in one refreshes the other', async ({ page, context }) => {
    await startWithDemo(page)
    await openApp(page, '/plans/plan-northshire')
    const row = page.getByRole('row', { name: /Case transfer protocol between teams/ })
    await expect(row).toContainText('On track')

    const other = await context.newPage()
    await other.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'))
    await openApp(other, '/milestones/milestone-17')
    const status = await other.evaluate(async (director) => {
      const current = await fetch('/api/milestones/milestone-17')
      const response = await fetch('/api/milestones/milestone-17/updates', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Acting-As': director, 'If-Match': current.headers.get('ETag') ?? '' },
        body: JSON.stringify({ rag: 'red', commentary: 'Protocol rejected by the practice board.', recoveryAction: 'Rewrite by January.' }),
      })
      return response.status
    }, people.director.id)
    expect(status).toBe(201)
    await expect(row).toContainText('Off track')
  })
})

test.describe('when the local API cannot start', () => {
  test.use({ startWith: 'nothing' })

  test('a browser that keeps no data for the app says so, instead of showing empty pages', async ({ page, context }) => {
    // As in a browser that turns IndexedDB off: the API's worker finds none.
    await context.route('**/assets/api/worker-*.js', async (route) => {
      const original = await route.fetch()
      const body = `Object.defineProperty(globalThis, 'indexedDB', { value: undefined });\n${await original.text()}`
      await route.fulfill({ response: original, body })
    })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Improvement Tracker cannot start in this browser' })).toBeVisible()
    await expect(page.getByText('This browser does not let the app store data (IndexedDB is not available).')).toBeVisible()
  })

  test('a worker script that cannot load says the data service could not start', async ({ page, context }) => {
    await context.route('**/assets/api/worker-*.js', (route) => route.abort())
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Improvement Tracker cannot start in this browser' })).toBeVisible()
    await expect(page.getByText('The app’s data service could not start in this browser.')).toBeVisible()
  })
})

test('when the API’s worker stops, the tab says it has lost touch at once, and a reload brings the data back', async ({ page, browser }) => {
  await openApp(page, '/boards')
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible()
  // As when the browser ends the worker (it crashed, or ran out of memory).
  const cdp = await browser.newBrowserCDPSession()
  const { targetInfos } = await cdp.send('Target.getTargets')
  const worker = targetInfos.find((target) => target.type === 'shared_worker' && target.url.includes('/assets/api/worker-'))
  expect(worker).toBeDefined()
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId })
  await cdp.detach()

  const notice = page.getByRole('alert').filter({ hasText: 'Reload this page to carry on' })
  await expect(notice).toContainText('This tab has lost touch with the part of the app that keeps your data. Nothing you saved is lost.')
  // A request made now fails at once, as the network would, rather than waiting for ever.
  const failed = await page.evaluate(() =>
    fetch('/api/boards').then(
      () => 'answered',
      (error: unknown) => (error instanceof TypeError ? error.message : String(error)),
    ),
  )
  expect(failed).toContain('The app’s data service has stopped')

  await notice.getByRole('button', { name: 'Reload the page' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible()
  await expect(page.getByRole('row', { name: /Children’s Services Improvement Board/ })).toBeVisible()
  await expect(notice).toHaveCount(0)
})
