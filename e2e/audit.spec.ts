import { actAs, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

// Owned by Mark Ellison (the director in these journeys), On track in the demo data.
const MILESTONE = { id: 'milestone-17', title: 'Case transfer protocol between teams' }

test('a chair sees who changed what on their board, filters it, pages back, and reads it on a phone; a director is told it is not theirs', async ({ page }) => {
  test.slow()
  await openApp(page, `/milestones/${MILESTONE.id}`)
  await actAs(page, people.director)
  await page.getByRole('radio', { name: 'Off track' }).check()
  await page.getByLabel('Commentary').fill('The protocol was rejected by the practice board.')
  await page.getByLabel('Recovery action').fill('Rewrite with team managers by 15 January.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now Off track.')).toBeVisible()

  // Not in a director's menu; opened anyway, it says whom it is for.
  const menu = page.getByRole('navigation', { name: 'Menu' })
  await expect(menu.getByRole('link', { name: 'Who changed what' })).toHaveCount(0)
  await openApp(page, '/audit')
  await expect(page.getByText('Only chairs and administrators may see who changed what. Mark Ellison is neither.')).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(0)
  await expectNoAxeViolations(page)

  // Choosing the chair there shows them the changes at once.
  await actAs(page, people.improvementChair)
  await expect(page.getByRole('table', { name: 'Changes, newest first' })).toBeVisible()
  await page.getByRole('link', { name: 'Home', exact: true }).click()
  // Home is reached before the menu is used again: a click while Home is still loading stays on this page.
  await expect(page.getByRole('heading', { level: 1, name: /Children’s services improvement/ })).toBeFocused()
  await menu.getByRole('link', { name: 'Who changed what' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Who changed what' })).toBeFocused()
  await expect(page.getByRole('table', { name: 'Changes, newest first' })).toBeVisible()
  await expectNoAxeViolations(page)

  // A date that is not one is said in the error summary, and nothing is asked for.
  await page.getByLabel('Changed by').selectOption({ label: people.director.name })
  const from = page.getByRole('group', { name: /From/ })
  await from.getByLabel('Day').fill('31')
  await from.getByLabel('Month').fill('11')
  await from.getByLabel('Year').fill('2026')
  await page.getByRole('button', { name: 'Show changes' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary.getByRole('link', { name: 'The ‘from’ date must be a real date' })).toBeVisible()
  await expect(page).toHaveTitle('Error: Who changed what – Improvement Tracker')
  await expectNoAxeViolations(page)
  await summary.getByRole('link', { name: 'The ‘from’ date must be a real date' }).click()
  await expect(from.getByLabel('Day')).toBeFocused()

  await from.getByLabel('Day').fill('23')
  await page.getByRole('button', { name: 'Show changes' }).click()
  await expect(page).toHaveURL(/\/audit\?personId=p-safeguarding&from=2026-11-23$/)
  const first = page.getByRole('table', { name: 'Changes, newest first' }).getByRole('row').nth(1)
  await expect(first).toContainText(people.director.name)
  await expect(first).toContainText('Status changed from On track to Off track')
  await expect(first).toContainText('Milestone, Children’s Services Improvement Board')

  // The filters are in the URL: a shared link opens the same view.
  await page.reload()
  await expect(page.getByLabel('Changed by')).toHaveValue('p-safeguarding')
  await expect(first).toContainText('Status changed from On track to Off track')

  // On a phone the table becomes labelled rows and nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 })
  await expect(first.getByText('What changed', { exact: true })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page)
  await page.setViewportSize({ width: 1280, height: 800 })

  await first.getByRole('link', { name: MILESTONE.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: MILESTONE.title })).toBeVisible()

  // Everything on the chair's board, a hundred at a time.
  await openApp(page, '/audit')
  await page.getByRole('link', { name: 'Older changes' }).click()
  await expect(page).toHaveURL(/\/audit\?cursor=/)
  await expect(page.getByRole('link', { name: 'Newest changes' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('an administrator changes someone’s boards, and the person’s page and the audit both say so', async ({ page }) => {
  await openApp(page, '/people/p-member-osei')
  await actAs(page, people.admin)
  await page.getByRole('link', { name: 'Change Cllr Samuel Osei' }).click()
  await page.getByRole('group', { name: 'Children and Young People Scrutiny Board' }).getByRole('radio', { name: 'Member' }).check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Changes to role and boards' })).toBeVisible()
  const latest = page.getByRole('table', { name: 'Changes to role and boards, newest first' }).getByRole('row').nth(1)
  await expect(latest).toContainText('Made a member of Children and Young People Scrutiny Board')
  await expect(latest).toContainText(people.admin.name)
  await expectNoAxeViolations(page)

  await openApp(page, '/audit?boardId=board-scrutiny&from=2026-11-23')
  await expect(page.getByRole('table', { name: 'Changes, newest first' }).getByRole('row').nth(1)).toContainText('Made a member of Children and Young People Scrutiny Board')
})
