import { actAs, actingAsBar, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

test('one “act as” pattern: the same words in the bar, on home and in settings, usable by keyboard, naming what a chair chairs', async ({ page }) => {
  await openApp(page, '/')
  const bar = actingAsBar(page)
  const main = page.getByRole('main')
  for (const place of [bar, main]) {
    await expect(place).toContainText('You are not acting as anyone: you can look at everything.')
    await expect(place.getByRole('combobox', { name: 'Act as' })).toBeVisible()
    await expect(place.getByRole('button', { name: 'Act as this person' })).toBeVisible()
  }
  await expectNoAxeViolations(page)

  // By keyboard, from home's picker: choose, Tab to the button, Enter.
  await main.getByRole('combobox', { name: 'Act as' }).focus()
  await main.getByRole('combobox', { name: 'Act as' }).selectOption('p-cabinet-chair')
  await page.keyboard.press('Tab')
  await expect(main.getByRole('button', { name: 'Act as this person' })).toBeFocused()
  await page.keyboard.press('Enter')
  const said = 'You are acting as Cllr Raj Malhotra (chair of the Cabinet Committee on Performance Improvement).'
  await expect(bar).toContainText(said)
  // Home's picker is for someone not yet acting as anyone: the focus lands on the bar's sentence.
  await expect(bar.getByText(/^You are acting as/)).toBeFocused()

  await page.goto('/settings')
  await expect(main.getByRole('heading', { name: 'Who you are acting as' })).toBeVisible()
  await expect(main).toContainText(said)
  await expect(main.getByRole('combobox', { name: 'Act as' })).toHaveValue('p-cabinet-chair')
  await expect(main.getByRole('button', { name: 'Act as this person' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.goto('/people')
  await expect(page.getByRole('row', { name: /Cllr Raj Malhotra/ })).toContainText('Chair of the Cabinet Committee on Performance Improvement')
  await expect(page.getByRole('table')).not.toContainText('Board chair')
})

test('the demo’s commentary reads as its director wrote it: specific to the milestone', async ({ page }) => {
  await openApp(page, '/')
  await actAs(page, people.improvementChair)
  const caseloads = page.getByRole('row', { name: /No more than 18 children for each social worker/ }).first()
  await expect(caseloads).toContainText('Caseloads in the assessment teams average 24 this week, 19 across the service.')
  await expect(caseloads).toContainText('Recovery action: A business case for six more permanent posts goes to Cabinet on')
})
