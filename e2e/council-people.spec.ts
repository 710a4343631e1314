import { actAs, actingAsBar, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

test.describe('a council starting empty', () => {
  test.use({ startWith: 'nothing' })

  test('names itself and its first chair, adds a board and people with memberships, and renames itself', async ({ page }) => {
    // A long journey through seven pages: more time than most, on a busy machine.
    test.slow()
    await page.goto('/boards')
    // Every page leads to the welcome page until the council is set up.
    await expect(page).toHaveURL(/\/welcome$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Set up Improvement Tracker' })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Start with an empty council' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary).toContainText('Enter the council’s name')
    await expect(summary).toContainText('Enter the chair’s name')

    await page.getByLabel('Council’s name').fill('Eastmoor Borough Council')
    await page.getByLabel('Your full name').fill('Dr Ruth Adebayo')
    await page.getByLabel('Your job title').fill('Independent Chair, Improvement Board')
    await page.getByLabel('Your work email address (optional)').fill('ruth.adebayo@eastmoor.gov.uk')
    await page.getByRole('button', { name: 'Start with an empty council' }).click()

    await expect(page.getByRole('banner')).toContainText('Eastmoor Borough Council')
    await expect(actingAsBar(page)).toContainText('You are acting as Dr Ruth Adebayo')
    await expect(page.getByRole('heading', { name: 'Set up your council' })).toBeVisible()
    await expectNoAxeViolations(page)

    // A board first, so people can sit on it.
    await page.getByRole('link', { name: 'Add a board' }).click()
    await page.getByLabel('Board name').fill('Eastmoor Improvement Board')
    await page.getByRole('radio', { name: 'Improvement board' }).check()
    await page.getByRole('button', { name: 'Add board' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Eastmoor Improvement Board' })).toBeVisible()

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'People' }).click()
    await page.getByRole('link', { name: 'Add a person' }).click()
    await page.getByRole('button', { name: 'Add person' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter a name')
    await page.getByLabel('Full name').fill('Kwame Asante')
    await page.getByLabel('Job title').fill('Director of Children’s Services')
    await page.getByRole('radio', { name: 'Director or head of service' }).check()
    await page.getByRole('group', { name: 'Eastmoor Improvement Board' }).getByRole('radio', { name: 'Officer' }).check()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Add person' }).click()
    await expect(page.getByText('Kwame Asante has been added.')).toBeVisible()
    await expect(page.getByRole('main')).toContainText('Eastmoor Improvement Board: Officer (owns milestones, writes reports)')

    await page.goto('/people/new')
    await page.getByLabel('Full name').fill('Cllr Jane Morris')
    await page.getByLabel('Job title').fill('Member, Improvement Board')
    await page.getByRole('radio', { name: 'Elected member (read only)' }).check()
    // A councillor is never an officer: the API says so beside the board.
    await page.getByRole('group', { name: 'Eastmoor Improvement Board' }).getByRole('radio', { name: 'Officer' }).check()
    await page.getByRole('button', { name: 'Add person' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Only a director or head of service can be a board’s officer')
    await page.getByRole('group', { name: 'Eastmoor Improvement Board' }).getByRole('radio', { name: 'Member' }).check()
    await page.getByRole('button', { name: 'Add person' }).click()
    await expect(page.getByText('Cllr Jane Morris has been added.')).toBeVisible()

    // Both can be acted as; the people list names how each sits on the board.
    await expect(actingAsBar(page).getByRole('combobox', { name: 'Act as' }).getByRole('option')).toContainText(['Kwame Asante', 'Cllr Jane Morris'])
    await page.goto('/people')
    await expect(page.getByRole('table')).toContainText('Eastmoor Improvement Board (officer)')
    await expect(page.getByRole('table')).toContainText('Eastmoor Improvement Board (member)')
    await expectNoAxeViolations(page)

    // Deactivated: kept, but no longer offered as someone to act as.
    await page.getByRole('link', { name: 'Cllr Jane Morris' }).click()
    await page.getByRole('link', { name: 'Change Cllr Jane Morris' }).click()
    await page.getByRole('button', { name: 'Deactivate Cllr Jane Morris' }).click()
    await page.getByRole('button', { name: 'Yes, deactivate Cllr Jane Morris' }).click()
    await expect(page.getByText('Cllr Jane Morris has been deactivated.')).toBeVisible()
    await expect(page.getByRole('main').getByText('Deactivated', { exact: true })).toBeVisible()
    await expect(actingAsBar(page).getByRole('combobox', { name: 'Act as' })).not.toContainText('Cllr Jane Morris')

    await page.goto('/settings')
    await page.getByLabel('Council’s name').fill('Eastmoor Council')
    await page.getByRole('button', { name: 'Rename the council' }).click()
    await expect(page.getByRole('banner')).toContainText('Eastmoor Council')
    await page.reload()
    await expect(page.getByRole('banner')).toContainText('Eastmoor Council')
  })
})

test('an administrator cannot deactivate an officer who still owns open milestones, and is told what to do first', async ({ page }) => {
  await openApp(page, '/people')
  await actAs(page, people.admin)
  await page.getByRole('link', { name: people.director.name }).click()
  await page.getByRole('link', { name: `Change ${people.director.name}` }).click()
  await page.getByRole('button', { name: `Deactivate ${people.director.name}` }).click()
  await page.getByRole('button', { name: `Yes, deactivate ${people.director.name}` }).click()
  await expect(page.getByRole('alert')).toContainText(/Mark Ellison cannot be deactivated yet: first give their \d+ open milestones to another officer/)
  await page.goto('/people')
  await expect(page.getByRole('row', { name: /Mark Ellison/ })).toContainText('Active')
})

test('only an administrator is offered to add or change people, and the API refuses anyone else', async ({ page }) => {
  await openApp(page, '/people')
  await actAs(page, people.improvementChair)
  await expect(page.getByRole('link', { name: 'Add a person' })).toHaveCount(0)
  await expect(page.getByText('Only an administrator adds or changes people.')).toBeVisible()
  const status = await page.evaluate(async (chair) => {
    const response = await fetch('/api/people', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Acting-As': chair },
      body: JSON.stringify({ name: 'Someone', jobTitle: 'Anything', role: 'member' }),
    })
    return response.status
  }, people.improvementChair.id)
  expect(status).toBe(403)
})
