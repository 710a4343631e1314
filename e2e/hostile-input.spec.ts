import { actAs, expect, openApp, people, test } from './fixtures'

/** Strings that have broken other apps. Each must be refused or shown as plain text. */
const corpus = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  'javascript:window.__pwned = 3',
  '\u202Egnp.exe\u202C — right-to-left override',
  '🚸 Children first 👩‍👧‍👦',
  '=HYPERLINK("http://evil.example","Click")',
  '{{constructor.constructor("window.__pwned = 4")()}}',
]

test('nasty strings typed into forms are saved and shown as plain text, never run', async ({ page }) => {
  // Seven boards added through the form, then a status update: a long journey on a busy machine.
  test.slow()
  await openApp(page, '/boards/new')
  await actAs(page, people.improvementChair)
  for (const [index, text] of corpus.entries()) {
    await page.goto('/boards/new')
    await page.getByLabel('Board name').fill(`${text} ${index}`)
    await page.getByRole('radio', { name: 'Panel' }).check()
    await page.getByRole('button', { name: 'Add board' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`Panel${escape(`${text} ${index}`)}$`))
  }
  await page.goto('/boards')
  for (const [index, text] of corpus.entries()) {
    await expect(page.getByRole('link', { name: `${text} ${index}`, exact: true })).toBeVisible()
  }

  await page.goto('/milestones/milestone-13')
  await actAs(page, people.director)
  await page.getByRole('radio', { name: 'On track' }).check()
  await page.getByLabel('Commentary').fill(corpus.join('\n'))
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now On track.')).toBeVisible()
  await expect(page.locator('.app-history__item').first()).toContainText(corpus[0]!)
  await expect(page.locator('.app-history__item').first()).toContainText(corpus[1]!)

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await page.evaluate(() => document.querySelectorAll('main script, main img[src="x"], a[href^="javascript:"]').length)).toBe(0)
})

test('100,000 characters are refused with a message beside the field, and nothing is saved', async ({ page }) => {
  await openApp(page, '/milestones/milestone-13')
  await actAs(page, people.director)
  await page.getByRole('radio', { name: 'On track' }).check()
  await page.getByLabel('Commentary').fill('x'.repeat(100_000))
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByRole('alert').getByRole('link', { name: 'Commentary must be 5000 characters or fewer' })).toBeVisible()
  await expect(page.locator('#commentary-error')).toContainText('Commentary must be 5000 characters or fewer')
  await page.reload()
  await expect(page.locator('.app-status-now')).toContainText('Off track')
})

/** Every path that reads a JSON body. Each hostile body is sent as text: an object literal would lose `__proto__`. */
const writePaths = [
  ['POST', '/api/people'],
  ['POST', '/api/inspections'],
  ['PATCH', '/api/inspections/inspection-ilacs'],
  ['POST', '/api/boards'],
  ['PATCH', '/api/boards/board-improvement'],
  ['POST', '/api/meetings'],
  ['PATCH', '/api/meetings/meeting-improvement-2026-12-03'],
  ['POST', '/api/plans'],
  ['PATCH', '/api/plans/plan-northshire'],
  ['POST', '/api/milestones'],
  ['PATCH', '/api/milestones/milestone-13'],
  ['POST', '/api/milestones/milestone-13/updates'],
  ['POST', '/api/reports'],
  ['PATCH', '/api/reports/report-cin-review'],
  ['POST', '/api/reports/report-cin-review/transitions'],
  ['POST', '/api/import'],
  ['POST', '/api/plans/plan-northshire/imports'],
] as const

/** Key and body text; tuples, because `{ __proto__: … }` in an object literal sets the prototype instead. */
const hostileBodies = [
  ['__proto__', '{"__proto__":{"polluted":true,"isAdmin":true}}'],
  ['constructor', '{"constructor":{"prototype":{"polluted":true,"isAdmin":true}}}'],
] as const

test('__proto__ and constructor sent to every write path are refused by name, pollute nothing and store nothing', async ({ page }) => {
  await openApp(page, '/')
  const exportData = () => page.evaluate(async () => (await (await fetch('/api/export')).json()).data as unknown)
  const before = await exportData()

  const answers = await page.evaluate(
    async ({ chair, writePaths, hostileBodies }) => {
      const results: Record<string, { status: number; messages: string[] }> = {}
      for (const [method, path] of writePaths) {
        for (const [key, body] of hostileBodies) {
          // If-Match "*" passes any version check, so only the body can be refused.
          const response = await fetch(path, { method, headers: { 'Content-Type': 'application/json', 'X-Acting-As': chair, 'If-Match': '*' }, body })
          const problem = (await response.json()) as { errors?: Array<{ message: string }> }
          results[`${method} ${path} ${key}`] = { status: response.status, messages: (problem.errors ?? []).map((error) => error.message) }
        }
      }
      return results
    },
    { chair: people.improvementChair.id, writePaths, hostileBodies },
  )
  const prototypes = await page.evaluate(() => ({
    polluted: (({}) as Record<string, unknown>).polluted,
    isAdmin: (({}) as Record<string, unknown>).isAdmin,
    ownKeys: Object.getOwnPropertyNames(Object.prototype).filter((name) => name === 'polluted' || name === 'isAdmin'),
  }))
  expect(prototypes).toEqual({ polluted: undefined, isAdmin: undefined, ownKeys: [] })
  expect(await exportData()).toEqual(before)

  for (const [method, path] of writePaths) {
    for (const [key] of hostileBodies) {
      const answer = answers[`${method} ${path} ${key}`]
      expect(answer?.status, `${method} ${path} with ${key}`).toBe(400)
      expect(answer?.messages, `${method} ${path} with ${key}`).toContain(`Unknown field: ${key}`)
    }
  }
})

test('oversized text sent to the API is refused and nothing is stored', async ({ page }) => {
  await openApp(page, '/')
  const boardsBefore = await page.evaluate(async () => ((await (await fetch('/api/boards')).json()) as unknown[]).length)
  const status = await page.evaluate(
    async (chair) =>
      (await fetch('/api/boards', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Acting-As': chair }, body: JSON.stringify({ name: 'x'.repeat(100_000), kind: 'panel' }) })).status,
    people.improvementChair.id,
  )
  expect(status).toBe(400)
  expect(await page.evaluate(async () => ((await (await fetch('/api/boards')).json()) as unknown[]).length)).toBe(boardsBefore)
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
