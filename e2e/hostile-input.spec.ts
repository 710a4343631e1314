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
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined()
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

test('hostile fields sent to the API are refused, and prototypes stay clean', async ({ page }) => {
  await openApp(page, '/')
  const answers = await page.evaluate(async (chair) => {
    const send = (path: string, body: string, method = 'POST') =>
      fetch(path, { method, headers: { 'Content-Type': 'application/json', 'X-Acting-As': chair }, body }).then((response) => response.status)
    return {
      proto: await send('/api/boards', '{"name":"x","kind":"panel","__proto__":{"polluted":true}}'),
      constructor: await send('/api/boards', '{"name":"x","kind":"panel","constructor":{"prototype":{"polluted":true}}}'),
      importProto: await send('/api/import', '{"format":"improvement-tracker-backup","__proto__":{"polluted":true}}'),
      huge: await send('/api/boards', JSON.stringify({ name: 'x'.repeat(100_000), kind: 'panel' })),
      polluted: (({}) as Record<string, unknown>).polluted,
    }
  }, people.improvementChair.id)
  expect(answers).toEqual({ proto: 400, constructor: 400, importProto: 400, huge: 400, polluted: undefined })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
