import { expect, openApp, people, test } from './fixtures'

test('a write made through the API, not the UI, refreshes the app’s other tabs', async ({ page, context }) => {
  await openApp(page, '/plans/plan-northshire')
  const row = page.getByRole('row', { name: /Case transfer protocol between teams/ })
  await expect(row).toContainText('On track')

  // A script in another tab calls the API directly, as any tool built on it could.
  const script = await context.newPage()
  await openApp(script, '/settings')
  const status = await script.evaluate(async (director) => {
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
