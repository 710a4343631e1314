import { actAs, expect, openApp, people, test } from './fixtures'

test('the home page lists the next meetings soonest first, and says so', async ({ page }) => {
  await openApp(page, '/')
  await actAs(page, people.member)
  await expect(page.getByText('Soonest first.')).toBeVisible()
  const meetings = page.locator('.app-card h3')
  await expect(meetings.first()).toHaveText('Children and Young People Scrutiny Board, Tuesday 24 November 2026')
  await expect(meetings.nth(1)).toHaveText('Cabinet Committee on Performance Improvement, Wednesday 16 December 2026')
})

test('the reports list puts the late report first, and says in what order it lists them', async ({ page }) => {
  await openApp(page, '/reports')
  await expect(page.getByText(/^Late first, then by when they are due/)).toBeVisible()
  const firstRow = page.getByRole('table', { name: 'Follow-up reports' }).getByRole('row').nth(1)
  await expect(firstRow).toContainText('Late')
})

test('“Request a report” from a meeting to come fills in that meeting as the one it is due at', async ({ page }) => {
  await openApp(page, '/meetings/meeting-improvement-2026-12-03')
  await actAs(page, people.improvementChair)
  await page.getByRole('link', { name: 'Request a report' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Request a report' })).toBeVisible()
  await expect(page.getByLabel('Asked for by')).toHaveValue('board-improvement')
  await expect(page.getByRole('radio', { name: 'At a meeting that is scheduled' })).toBeChecked()
  await expect(page.getByLabel('Due at the meeting on')).toHaveValue('meeting-improvement-2026-12-03')
})

test('the latest commentary and recovery action sit beside the status where a chair decides: needs attention, the plan (to open), the pack', async ({ page }) => {
  test.slow()
  const title = 'Case transfer protocol between teams'
  await openApp(page, '/milestones/milestone-17')
  await actAs(page, people.director)
  await page.getByRole('radio', { name: 'Off track' }).check()
  await page.getByLabel('Commentary').fill('The practice board rejected the protocol on 18 November; two teams still transfer by email.')
  await page.getByLabel('Recovery action').fill('Rewrite with the team managers by 15 January; interim checklist issued.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now Off track.')).toBeVisible()

  await actAs(page, people.improvementChair)
  await page.goto('/')
  const attention = page.getByRole('row', { name: new RegExp(title) }).first()
  await expect(attention).toContainText('The practice board rejected the protocol on 18 November')
  await expect(attention).toContainText('Recovery action: Rewrite with the team managers by 15 January')

  await page.goto('/plans/plan-northshire')
  const row = page.getByRole('row', { name: new RegExp(title) })
  await expect(row.getByText('The practice board rejected the protocol')).toBeHidden()
  await row.getByText(/^Latest update, 23 November 2026/).click()
  await expect(row.getByText('The practice board rejected the protocol on 18 November; two teams still transfer by email.')).toBeVisible()

  await page.goto('/meetings/meeting-improvement-2026-12-03')
  const due = page.getByRole('region', { name: /^Milestones due since the last meeting/ }).getByRole('row', { name: new RegExp(title) })
  await expect(due).toContainText('Recovery action: Rewrite with the team managers by 15 January; interim checklist issued.')
})

test('the plan lists milestones most urgent first, theme by theme, and says so', async ({ page }) => {
  await openApp(page, '/plans/plan-northshire')
  await expect(page.getByText(/^Theme by theme, most urgent first: overdue, then off track/)).toBeVisible()
  const tables = page.locator('table').filter({ has: page.locator('caption') })
  const count = await tables.count()
  expect(count).toBeGreaterThan(1)
  // Overdue, then off track, then stale, then the rest: the rank never goes back down a table.
  const rank = (text: string) => (/overdue/i.test(text) ? 0 : /Off track/.test(text) ? 1 : /Stale/.test(text) ? 2 : 3)
  let sawUrgent = false
  for (let index = 0; index < count; index += 1) {
    const rows = await tables.nth(index).locator('tbody > tr').allInnerTexts()
    const ranks = rows.map(rank)
    expect(ranks, `table ${index}`).toEqual([...ranks].sort((a, b) => a - b))
    sawUrgent ||= ranks.some((value) => value < 3) && ranks.some((value) => value === 3)
  }
  expect(sawUrgent).toBe(true)
})
