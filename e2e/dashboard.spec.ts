import { actAs, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

// Complete counts only what the chair has signed off; a completion awaiting sign-off has its own column.
const ragColumns = ['Complete', 'Complete, awaiting sign-off', 'On track', 'At risk', 'Off track', 'Not started'] as const

test('the chair’s dashboard numbers equal the plan page’s counts', async ({ page }) => {
  await openApp(page, '/')
  await actAs(page, people.improvementChair)
  const bars = page.getByRole('figure', { name: 'Status of milestones by theme' })
  await expect(bars).toBeVisible()
  await expectNoAxeViolations(page)

  await bars.getByText('Show data as a table').click()
  const table = bars.getByRole('table')
  const consistency = table.getByRole('row', { name: /Consistency of social work practice/ })
  // As shown: each cell's label, for a phone, is hidden on a desktop.
  const cells = await consistency.getByRole('cell').allInnerTexts()
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
  await expect(timeline).toContainText('4 are overdue')
  await expect(timeline.getByRole('link', { name: /, overdue\.$/ })).toHaveCount(4)
  await expectNoAxeViolations(page)
  await timeline.getByRole('link', { name: /^An up-to-date chronology on every open case: due 24 October 2026, 30 days slipped, off track, overdue\.$/ }).click()
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

test('the theme chart says what the table under it says, and each bar links to its theme on the plan', async ({ page }) => {
  await openApp(page, '/')
  await actAs(page, people.improvementChair)
  const chart = page.getByRole('figure', { name: 'Status of milestones by theme' })
  await chart.getByText('Show data as a table').click()
  const bodyRows = chart.getByRole('table', { name: 'Milestones by theme and status' }).locator('tbody tr')
  await expect(bodyRows).not.toHaveCount(0)
  const rows = await bodyRows.evaluateAll((trs) =>
    trs.map((tr) => ({ theme: tr.querySelector('th')!.textContent!, numbers: [...tr.querySelectorAll('td')].map((td) => Number(td.innerText)) })),
  )

  // The summary read before the picture agrees with the table.
  const total = rows.reduce((sum, row) => sum + row.numbers[ragColumns.length]!, 0)
  const offTrack = ragColumns.indexOf('Off track')
  const worst = [...rows].sort((a, b) => b.numbers[offTrack]! - a.numbers[offTrack]!)[0]!
  await expect(chart).toHaveAccessibleDescription(`${total} milestones in ${rows.length} themes. ${worst.theme} has the most off track.`)

  // One bar per row, named with the row's numbers, each a link to that theme on the plan page.
  const bars = chart.getByRole('group', { name: 'Bars, one for each theme' }).getByRole('link')
  await expect(bars).toHaveCount(rows.length)
  for (const [index, row] of rows.entries()) {
    const counts = ragColumns.flatMap((label, column) => (row.numbers[column]! > 0 ? [`${row.numbers[column]} ${label.toLowerCase()}`] : []))
    expect(row.numbers.slice(0, ragColumns.length).reduce((sum, count) => sum + count, 0), `${row.theme} total`).toBe(row.numbers[ragColumns.length])
    await expect(bars.nth(index)).toHaveAccessibleName(`${row.theme}: ${row.numbers[ragColumns.length]} milestones. ${counts.join(', ')}.`)
    await expect(bars.nth(index)).toHaveAttribute('href', /^\/plans\/plan-northshire\?theme=theme-[a-z-]+$/)
  }

  // Following a bar shows exactly that row's milestones.
  const last = rows.at(-1)!
  await bars.last().click()
  await expect(page.getByRole('status')).toHaveText(`${last.numbers[ragColumns.length]} of ${total} milestones match the filters`)
  await expect(page.getByRole('table', { name: new RegExp(last.theme.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible()
})
