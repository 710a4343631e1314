import { actAs, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

const ragColumns = ['Complete', 'On track', 'At risk', 'Off track', 'Not started'] as const

test('the chair’s dashboard numbers equal the plan page’s counts', async ({ page }) => {
  await openApp(page, '/')
  await actAs(page, people.improvementChair)
  const bars = page.getByRole('figure', { name: 'Status of milestones by theme' })
  await expect(bars).toBeVisible()
  await expectNoAxeViolations(page)

  await bars.getByText('Show data as a table').click()
  const table = bars.getByRole('table')
  const consistency = table.getByRole('row', { name: /Consistency of social work practice/ })
  const cells = await consistency.getByRole('cell').allTextContents()
  const dashboard = Object.fromEntries(ragColumns.map((label, index) => [label, Number(cells[index])]))

  // The same theme on the plan page, counted by status tag.
  await page.goto('/plans/plan-northshire?theme=theme-practice')
  const rows = page.getByRole('table', { name: /Consistency of social work practice/ }).getByRole('row')
  await expect(rows.first()).toBeVisible()
  for (const label of ragColumns) {
    await expect(rows.filter({ has: page.locator('.govuk-tag', { hasText: new RegExp(`^${label}$`) }) }), label).toHaveCount(dashboard[label] ?? -1)
  }

  // Totals agree with the plan page's count.
  const total = ragColumns.reduce((sum, label) => sum + (dashboard[label] ?? 0), 0)
  await expect(page.getByRole('status')).toHaveText(`${total} of 41 milestones match the filters`)
})

test('a status update moves the trend’s current point', async ({ page }) => {
  await openApp(page, '/')
  await actAs(page, people.improvementChair)
  const trend = page.getByRole('figure', { name: 'Status over time' })
  const today = trend.getByRole('img', { name: /^Today:/ })
  await expect(today).toHaveAccessibleName(/6 off track/)

  await page.goto('/milestones/milestone-17')
  await page.getByRole('radio', { name: 'Off track' }).check()
  await page.getByLabel('Commentary').fill('Rejected by the practice board.')
  await page.getByLabel('Recovery action').fill('Rewrite by January.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now Off track.')).toBeVisible()

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Home' }).click()
  await expect(trend.getByRole('img', { name: /^Today:/ })).toHaveAccessibleName(/7 off track/)
  // The past does not change: last month's point is rebuilt from the history as it was.
  await expect(trend.getByRole('img', { name: /^October 2026:/ })).toHaveAccessibleName(/1 off track/)
})

test('chart items are reachable by keyboard and each theme bar leads to that theme', async ({ page }) => {
  await openApp(page, '/')
  await actAs(page, people.improvementChair)
  const bar = page.getByRole('link', { name: /^Recruitment and retention of social workers: 7 milestones/ })
  await bar.focus()
  await expect(bar).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/theme=theme-workforce/)
  await expect(page.getByRole('status')).toHaveText('7 of 41 milestones match the filters')
})

test('the timeline places each milestone by due date, marks the overdue ones, and links to each', async ({ page }) => {
  await openApp(page, '/plans/plan-northshire/timeline')
  const timeline = page.getByRole('figure', { name: 'Milestones by due date' })
  await expect(timeline).toContainText('5 are overdue')
  await expect(timeline.getByRole('link', { name: /, overdue\.$/ })).toHaveCount(5)
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('timeline.png'), fullPage: true })
  await timeline.getByRole('link', { name: /^An up-to-date chronology on every open case: due 24 October 2026, off track, overdue\.$/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'An up-to-date chronology on every open case' })).toBeVisible()
})

test('the inspection page shows each judgement, the themes answering it, and the unanswered recommendation', async ({ page }) => {
  await openApp(page, '/inspections/inspection-ilacs')
  const judgements = page.getByRole('table', { name: /Judgements/ })
  const inCare = judgements.getByRole('row', { name: /The experiences and progress of children in care/ })
  await expect(inCare).toContainText('Requires improvement to be good')
  await expect(inCare.getByRole('link', { name: 'Children in care and care leavers' })).toBeVisible()
  await expect(page.getByText('1 recommendation is not yet answered by any milestone')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the dashboard screenshot is readable', async ({ page }) => {
  await openApp(page, '/')
  await actAs(page, people.improvementChair)
  await expect(page.getByRole('figure', { name: 'Status over time' })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('dashboard.png'), fullPage: true })
})
