import { actAs, actingAsBar, expect, expectNoAxeViolations, people, test } from './fixtures'

test('first run shows the demo boards from the browser’s own store', async ({ page }) => {
  await page.goto('/boards')
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible()
  await expect(page).toHaveTitle('Boards – Improvement Tracker')
  const table = page.getByRole('table')
  await expect(table.getByRole('link', { name: 'Children’s Services Improvement Board' })).toBeVisible()
  await expect(table.getByRole('link', { name: 'Children and Young People Scrutiny Board' })).toBeVisible()
  await expect(table.getByRole('link', { name: 'Cabinet Committee on Performance Improvement' })).toBeVisible()
})

test('a chair adds a board, which is still there after a reload', async ({ page }) => {
  await page.goto('/boards')
  await actAs(page, people.improvementChair)
  await page.getByRole('button', { name: 'Add a board' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Add a board' })).toBeFocused()

  // Bad input: the error summary, and nothing saved.
  await page.getByRole('button', { name: 'Add board' }).click()
  const summary = page.getByRole('alert')
  await expect(summary.getByRole('link', { name: 'Enter the board’s name' })).toBeVisible()
  await expectNoAxeViolations(page)
  await summary.getByRole('link', { name: 'Enter the board’s name' }).click()
  await expect(page.getByLabel('Board name')).toBeFocused()

  await page.getByLabel('Board name').fill('Corporate Parenting Panel')
  await page.getByRole('radio', { name: 'Panel' }).check()
  await page.getByRole('checkbox', { name: /Cllr Samuel Osei/ }).check()
  await page.getByRole('button', { name: 'Add board' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Corporate Parenting Panel/ })).toBeVisible()
  await expect(page.getByText('Corporate Parenting Panel has been added.')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: /Corporate Parenting Panel/ })).toBeVisible()
  await page.getByRole('link', { name: 'Boards', exact: true }).click()
  await expect(page.getByRole('table').getByRole('link', { name: 'Corporate Parenting Panel' })).toBeVisible()
})

test('a member sees no button to add a board, and the API refuses them anyway', async ({ page }) => {
  await page.goto('/boards')
  await actAs(page, people.member)
  await expect(page.getByRole('table')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add a board' })).toHaveCount(0)
  const status = await page.evaluate(async (memberId) => {
    const response = await fetch('/api/boards', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Acting-As': memberId },
      body: JSON.stringify({ name: 'Sneaky board', kind: 'panel' }),
    })
    return response.status
  }, people.member.id)
  expect(status).toBe(403)
})

test('the acting-as choice persists across reloads and is sent with every API request', async ({ page }) => {
  await page.goto('/settings')
  const main = page.getByRole('main')
  await main.getByLabel('Act as').selectOption(people.director.id)
  await main.getByRole('button', { name: 'Act as this person' }).click()
  await expect(main.getByText(`You are acting as ${people.director.name}`)).toBeFocused()

  await page.reload()
  await expect(actingAsBar(page)).toContainText(`You are acting as ${people.director.name}`)
  // The API lets only the owning director post an update: it answers 403 to anyone else.
  await page.goto('/milestones/milestone-17')
  await page.getByRole('radio', { name: 'Off track' }).check()
  await page.getByLabel('Commentary').fill('Posted as the director after a reload.')
  await page.getByLabel('Recovery action').fill('Check the acting-as header.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now Off track.')).toBeVisible()
  await expect(page.locator('.app-history__item').first()).toContainText(people.director.name)
})
