import type { Page } from '@playwright/test'
import { actAs, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

const NAME = 'Children in care with an up-to-date health assessment'
// The improvement board's next meeting after 23 November 2026.
const NEXT_MEETING = '/meetings/meeting-improvement-2026-12-03'

const measuresSection = (page: Page) => page.getByRole('region', { name: 'Performance measures' })
/** The row of the chart's table for one month, found by its row header. */
const monthRow = (page: Page, month: string) =>
  page.getByRole('table', { name: 'Each month’s actual, oldest first' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: month, exact: true }) })
const errorSummary = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' })

/** Calls the API through the page, where the local API runs, as `as`. */
function callApi(page: Page, method: string, path: string, init: { as: string; body?: unknown; ifMatch?: number }) {
  return page.evaluate(
    async ({ method, path, init }) => {
      const headers: Record<string, string> = { 'X-Acting-As': init.as, 'Content-Type': 'application/json' }
      if (init.ifMatch !== undefined) headers['If-Match'] = `"${init.ifMatch}"`
      const response = await fetch(path, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) })
      return { status: response.status, body: (await response.json()) as { id?: string; detail?: string } }
    },
    { method, path, init },
  )
}

test('the chair adds a measure to the plan; thresholds the wrong way round are said beside the field', async ({ page }) => {
  // A long journey over the plan's page, the form and the new measure, each checked with axe.
  test.slow()
  await openApp(page, '/plans/plan-northshire')
  await actAs(page, people.improvementChair)
  await expect(measuresSection(page).getByRole('row', { name: /Assessments completed within 45 working days/ })).toContainText('Off target')
  await expectNoAxeViolations(page)

  await measuresSection(page).getByRole('button', { name: 'Add a performance measure' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Add a performance measure' })).toBeFocused()

  // Thresholds the wrong way round, and no owner: each said beside its field, and nothing saved.
  await page.getByLabel('Name of the measure').fill(NAME)
  await page.getByLabel('Unit').fill('%')
  await page.getByRole('radio', { name: 'Higher is better' }).check()
  await page.getByLabel('Target', { exact: true }).fill('95')
  await page.getByLabel('On target (green) from').fill('95')
  await page.getByLabel('Near target (amber) from').fill('97')
  await page.getByRole('button', { name: 'Add measure' }).click()
  await expect(errorSummary(page).getByRole('link', { name: 'When higher is better, amber must start at or below green' })).toBeVisible()
  await expect(page.locator('#amberFrom-error')).toContainText('When higher is better, amber must start at or below green')
  await expect(page.locator('#ownerId-error')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByLabel('Near target (amber) from').fill('85')
  await page.getByLabel('Theme it evidences').selectOption({ label: 'Children in care and care leavers' })
  await page.getByRole('checkbox', { name: 'Health passports for care leavers' }).check()
  await page.getByLabel('Owner').selectOption({ label: 'Mark Ellison – Head of Service, Safeguarding and Quality Assurance' })
  await page.getByRole('button', { name: 'Add measure' }).click()

  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible()
  await expect(page.getByText('Measure added.')).toBeVisible()
  await expect(page.locator('.app-status-now')).toContainText('No actual yet')
  await expect(page.getByRole('link', { name: 'Health passports for care leavers' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the owner records a month’s actual and corrects it; the board page and the pack show the latest value and status', async ({ page }) => {
  // A long journey over four pages, each checked with axe.
  test.slow()
  await openApp(page, '/')
  const created = await callApi(page, 'POST', '/api/measures', {
    as: people.improvementChair.id,
    body: { planId: 'plan-northshire', themeId: 'theme-children-in-care', name: NAME, unit: '%', target: 95, direction: 'higher-is-better', greenFrom: 95, amberFrom: 85, ownerId: people.director.id },
  })
  expect(created.status).toBe(201)
  await openApp(page, `/measures/${created.body.id}`)
  await actAs(page, people.director)
  const record = page.getByRole('region', { name: 'Record an actual' })
  await record.getByRole('textbox', { name: 'Month' }).fill('10')
  await record.getByRole('textbox', { name: 'Year' }).fill('2026')
  await record.getByLabel('Value (%)').fill('88')
  await record.getByLabel('Note (optional)').fill('Health team caught up on the backlog of reviews.')
  await record.getByRole('button', { name: 'Record actual' }).click()
  await expect(page.getByText('Recorded October 2026: 88%, near target.')).toBeVisible()
  await expect(page.locator('.app-status-now')).toContainText('Near target')

  // The chart says in words what it draws, and its table holds the same figures.
  const chart = page.getByRole('img', { name: `${NAME}: each month against the target` })
  await expect(chart).toBeVisible()
  await expect(page.locator('#trend-summary')).toHaveText(
    'October 2026 is the only month recorded: 88%, against a target of at least 95%. October 2026 is near target: 7 percentage points below the target.',
  )
  const october = monthRow(page, 'October 2026')
  await expect(october).toContainText('88%')
  await expect(october).toContainText('Near target')
  await expect(october).toContainText('Health team caught up on the backlog of reviews.')
  await expect(october).toContainText('Recorded by Mark Ellison on 23 November 2026.')
  await expectNoAxeViolations(page)

  // A month already recorded, or one not yet begun, is refused beside the month.
  await record.getByRole('textbox', { name: 'Month' }).fill('10')
  await record.getByRole('textbox', { name: 'Year' }).fill('2026')
  await record.getByLabel('Value (%)').fill('90')
  await record.getByRole('button', { name: 'Record actual' }).click()
  await expect(errorSummary(page).getByRole('link', { name: 'October 2026 is already recorded: correct it in the table above instead' })).toBeVisible()
  await record.getByRole('textbox', { name: 'Month' }).fill('12')
  await record.getByRole('button', { name: 'Record actual' }).click()
  await expect(errorSummary(page).getByRole('link', { name: 'Enter a month that has begun: November 2026 or earlier' })).toBeVisible()

  // Correcting October keeps who first recorded it, and what it was.
  await page.getByRole('link', { name: 'Correct October 2026' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Correct October 2026' })).toBeFocused()
  await page.getByLabel('Corrected value (%)').fill('96')
  await page.getByRole('button', { name: 'Save correction' }).click()
  await expect(page.getByText('Corrected October 2026: now 96%.')).toBeVisible()
  const corrected = monthRow(page, 'October 2026')
  await expect(corrected).toContainText('96%')
  await expect(corrected).toContainText('On target')
  await expect(corrected).toContainText('Recorded by Mark Ellison on 23 November 2026.')
  await expect(corrected).toContainText('Corrected by Mark Ellison on 23 November 2026: it was 88%.')
  await expectNoAxeViolations(page)

  // The board page and the pack show the latest value and its status in words.
  await openApp(page, '/boards/board-improvement')
  const onBoard = measuresSection(page).getByRole('row', { name: new RegExp(NAME) })
  await expect(onBoard).toContainText('96%')
  await expect(onBoard).toContainText('October 2026')
  await expect(onBoard).toContainText('On target')
  await expectNoAxeViolations(page)

  await openApp(page, NEXT_MEETING)
  const inPack = measuresSection(page).getByRole('row', { name: new RegExp(NAME) })
  await expect(inPack).toContainText('96%')
  await expect(inPack).toContainText('On target')
  await expect(inPack).toContainText('No earlier month')
  await expectNoAxeViolations(page)
})

test('a demo measure’s owner records November: the chart, the board page and the pack follow', async ({ page }) => {
  await openApp(page, '/measures/measure-assessments-45')
  await actAs(page, people.director)
  await expect(page.locator('#trend-summary')).toContainText('From November 2025 to October 2026 the value went from 61% to 78%')
  await expect(page.getByRole('table', { name: 'Each month’s actual, oldest first' }).getByRole('row')).toHaveCount(13)
  const record = page.getByRole('region', { name: 'Record an actual' })
  await expect(record).toContainText('The next month to record is November 2026.')
  await record.getByRole('textbox', { name: 'Month' }).fill('11')
  await record.getByRole('textbox', { name: 'Year' }).fill('2026')
  await record.getByLabel('Value (%)').fill('83')
  await record.getByRole('button', { name: 'Record actual' }).click()
  await expect(page.getByText('Recorded November 2026: 83%, near target.')).toBeVisible()
  await expect(page.locator('#trend-summary')).toContainText('From November 2025 to November 2026 the value went from 61% to 83%')
  await expect(monthRow(page, 'November 2026')).toContainText('Near target')

  await openApp(page, '/boards/board-improvement')
  const onBoard = measuresSection(page).getByRole('row', { name: /Assessments completed within 45 working days/ })
  await expect(onBoard).toContainText('83%')
  await expect(onBoard).toContainText('November 2026')
  await expect(onBoard).toContainText('Near target')

  await openApp(page, NEXT_MEETING)
  const inPack = measuresSection(page).getByRole('row', { name: /Assessments completed within 45 working days/ })
  await expect(inPack).toContainText('83%')
  await expect(inPack).toContainText('Near target')
  await expect(inPack).toContainText('Better than October 2026 (78%)')
  await expectNoAxeViolations(page)
})

test('the trend chart has a title and description, a target line, and labels of at least 12px, on a phone too', async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 })
    await openApp(page, '/measures/measure-caseloads')
    const chart = page.getByRole('img', { name: 'Average caseload per social worker: each month against the target' })
    await expect(chart).toBeVisible()
    await expect(chart.locator('desc')).toHaveText(
      'From November 2025 to October 2026 the value went from 24.1 children per social worker to 20.6 children per social worker, against a target of at most 18 children per social worker. October 2026 is near target: 2.6 children per social worker above the target.',
    )
    await expect(chart.locator('text', { hasText: 'Target 18' })).toBeVisible()
    const sizes = await chart.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width
      return [...svg.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale)
    })
    expect(sizes.length).toBeGreaterThan(10)
    expect(Math.min(...sizes), `smallest label at ${width}px`).toBeGreaterThanOrEqual(12)
    await expect(monthRow(page, 'November 2025')).toContainText('24.1')
    await expect(monthRow(page, 'October 2026')).toContainText('Near target')
    await expectNoAxeViolations(page)
  }
})

test('the chair changes a measure’s thresholds and its status follows', async ({ page }) => {
  await openApp(page, '/measures/measure-assessments-45')
  await actAs(page, people.improvementChair)
  await expect(page.locator('.app-status-now')).toContainText('Off target')
  await page.getByRole('link', { name: /Change the measure’s details/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Change the measure’s details' })).toBeFocused()
  await expect(page.getByLabel('Near target (amber) from')).toHaveValue('80')
  await page.getByLabel('Near target (amber) from').fill('75')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments completed within 45 working days' })).toBeVisible()
  await expect(page.locator('.app-status-now')).toContainText('Near target')
  await expect(page.getByText('Near target: 75% up to just under 90%')).toBeVisible()
})

test('a member sees no controls for measures, and the API refuses them', async ({ page }) => {
  await openApp(page, '/plans/plan-northshire')
  await actAs(page, people.member)
  await expect(measuresSection(page).getByRole('row', { name: /Average caseload per social worker/ })).toContainText('Near target')
  await expect(page.getByRole('button', { name: 'Add a performance measure' })).toHaveCount(0)

  await measuresSection(page).getByRole('link', { name: 'Average caseload per social worker' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Average caseload per social worker' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Each month’s actual, oldest first' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Record an actual' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Correct/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Change the measure’s details/ })).toHaveCount(0)
  await expectNoAxeViolations(page)

  // A link to a correction shows no form to someone without the right.
  await openApp(page, '/measures/measure-caseloads?correct=2026-10')
  await expect(page.getByRole('heading', { name: /^Correct / })).toHaveCount(0)
  await openApp(page, '/plans/plan-northshire/measures/new')
  await expect(page.getByText('Only the chair of Children’s Services Improvement Board can add performance measures to its plan.')).toBeVisible()

  const recorded = await callApi(page, 'POST', '/api/measures/measure-caseloads/actuals', { as: people.member.id, body: { month: '2026-11', value: 19 } })
  expect(recorded.status).toBe(403)
  expect(recorded.body.detail).toBe('Only the measure’s owner or the chair of Children’s Services Improvement Board may record or correct its actuals.')
  const corrected = await callApi(page, 'PATCH', '/api/measures/measure-caseloads/actuals/2026-10', { as: people.member.id, ifMatch: 1, body: { value: 17 } })
  expect(corrected.status).toBe(403)
  const changed = await callApi(page, 'PATCH', '/api/measures/measure-caseloads', { as: people.member.id, ifMatch: 1, body: { target: 30 } })
  expect(changed.status).toBe(403)
  const added = await callApi(page, 'POST', '/api/measures', {
    as: people.member.id,
    body: { planId: 'plan-northshire', name: 'Taken over', unit: '%', target: 1, direction: 'higher-is-better', greenFrom: 1, amberFrom: 0, ownerId: people.director.id },
  })
  expect(added.status).toBe(403)
})
