import { actAs, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'
import type { Page } from '@playwright/test'

const BOARD = 'Children’s Services Improvement Board'

async function fillDate(page: Page, legend: string | RegExp, [day, month, year]: [string, string, string]) {
  const group = page.getByRole('group', { name: legend })
  await group.getByLabel('Day').fill(day)
  await group.getByLabel('Month').fill(month)
  await group.getByLabel('Year').fill(year)
}

/** Calls the API from inside the page (the local API lives there) as someone. */
async function apiAs(page: Page, person: string, method: string, path: string, body?: unknown, ifMatch = '*') {
  return page.evaluate(
    async ({ person, method, path, body, ifMatch }) => {
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-Acting-As': person, 'If-Match': ifMatch },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, json: await response.json().catch(() => null) }
    },
    { person, method, path, body, ifMatch },
  )
}

test('a chair records a monitoring visit and a full inspection, plans from the inspection, answers its recommendations from both sides and agrees the plan', async ({ page }) => {
  test.setTimeout(120_000)
  await openApp(page, '/')
  await actAs(page, people.improvementChair)

  // The inspections, from the menu.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Inspections' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Inspections and visits' })).toBeVisible()
  await expect(page.getByText('3 inspections and visits, newest first')).toBeVisible()
  await expectNoAxeViolations(page)

  // A monitoring visit with three recommendations; the third left empty at first.
  await page.getByRole('button', { name: 'Record an inspection or visit' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Record an inspection or visit' })).toBeVisible()
  await page.getByRole('radio', { name: 'Monitoring visit' }).check()
  await expect(page.getByLabel('The inspection this visit follows up')).toHaveValue('inspection-ilacs')
  await fillDate(page, 'First day of the visit', ['2', '11', '2026'])
  await fillDate(page, 'Last day of the visit', ['3', '11', '2026'])
  await fillDate(page, /Date the letter was published/, ['20', '11', '2026'])
  for (let index = 0; index < 3; index++) await page.getByRole('button', { name: 'Add a recommendation' }).click()
  await page.getByLabel('What needs to improve (recommendation 1)').fill('The timeliness of initial child protection conferences.')
  await page.getByLabel('What needs to improve (recommendation 2)').fill('Supervision that challenges drift in children’s plans.')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Record the monitoring visit' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary.getByRole('link', { name: 'Enter the recommendation' })).toBeVisible()
  await summary.getByRole('link', { name: 'Enter the recommendation' }).click()
  await expect(page.getByLabel('What needs to improve (recommendation 3)')).toBeFocused()
  await page.getByLabel('What needs to improve (recommendation 3)').fill('Return home interviews for children who go missing.')
  await page.getByLabel('Area (optional) of recommendation 3').selectOption({ label: 'The experiences and progress of children who need help and protection' })
  await page.getByRole('button', { name: 'Record the monitoring visit' }).click()

  await expect(page.getByText('The inspection has been recorded.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Monitoring visit, 2 November 2026 to 3 November 2026' })).toBeVisible()
  await expect(page.getByText('Date the letter was published')).toBeVisible()
  await expect(page.getByText('3 recommendations are not yet answered by any milestone: the plan does not yet answer the visit.')).toBeVisible()
  await expectNoAxeViolations(page)

  // Edit it: the second recommendation removed, a new one added, all renumbered.
  await page.getByRole('button', { name: 'Change the visit and its recommendations' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Change the inspection or visit' })).toBeVisible()
  await page.getByRole('button', { name: 'Remove recommendation 2' }).click()
  await page.getByRole('button', { name: 'Add a recommendation' }).click()
  await page.getByLabel('What needs to improve (recommendation 3)').fill('The quality of direct work with children.')
  await page.getByRole('button', { name: 'Renumber them 1 to 3 in this order' }).click()
  await expect(page.getByLabel('Number of recommendation 2')).toHaveValue('2')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Your changes have been saved.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Recommendation 2' }).locator('xpath=..')).toContainText('Return home interviews for children who go missing.')
  await expect(page.getByRole('heading', { name: 'Recommendation 3' }).locator('xpath=..')).toContainText('The quality of direct work with children.')
  await expect(page.getByText('Supervision that challenges drift')).toHaveCount(0)

  // A full inspection with a grade for each area.
  await page.getByRole('link', { name: 'Back to inspections and visits' }).click()
  await page.getByRole('button', { name: 'Record an inspection or visit' }).click()
  await page.getByRole('radio', { name: 'Full inspection' }).check()
  await fillDate(page, 'First day of the inspection', ['7', '9', '2026'])
  await fillDate(page, 'Last day of the inspection', ['18', '9', '2026'])
  await fillDate(page, /Date the report was published/, ['20', '10', '2026'])
  await page.getByLabel('Overall effectiveness').selectOption({ label: 'Requires improvement to be good' })
  await page.getByLabel('The impact of leaders on social work practice with children and families').selectOption({ label: 'Requires improvement to be good' })
  await page.getByLabel('The experiences and progress of children who need help and protection').selectOption({ label: 'Inadequate' })
  await page.getByLabel('The experiences and progress of children in care', { exact: true }).selectOption({ label: 'Good' })
  await page.getByLabel('The experiences and progress of care leavers').selectOption({ label: 'Good' })
  await page.getByRole('button', { name: 'Add a recommendation' }).click()
  await page.getByLabel('What needs to improve (recommendation 1)').fill('The quality of assessments for children in need of help and protection.')
  await page.getByRole('button', { name: 'Add a recommendation' }).click()
  await page.getByLabel('What needs to improve (recommendation 2)').fill('The stability of the social work workforce.')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Record the full inspection' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Full inspection, 7 September 2026 to 18 September 2026' })).toBeVisible()
  const judgements = page.getByRole('table', { name: /Judgements/ })
  await expect(judgements.getByRole('row', { name: /children who need help and protection/ })).toContainText('Inadequate')
  await expect(judgements.getByRole('row', { name: /care leavers/ })).toContainText('Good')
  await expect(page.getByText('No plan answers this inspection yet, so none of its 2 recommendations are answered.')).toBeVisible()
  const inspectionUrl = page.url()

  // A plan from the inspection, with themes added, renamed and removed.
  await page.getByRole('button', { name: `Create a plan for ${BOARD} answering this inspection` }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Create a plan/ })).toBeVisible()
  await expect(page.getByLabel('The inspection the plan answers')).toHaveValue(new URL(inspectionUrl).pathname.split('/').at(-1)!)
  await page.getByLabel('Plan title').fill('Improvement plan 2027')
  await page.getByRole('button', { name: 'Add a theme' }).click()
  await page.getByLabel('Theme 1').fill('Practice')
  await page.getByRole('button', { name: 'Add another theme' }).click()
  await page.getByLabel('Theme 2').fill('Workforce')
  await page.getByRole('button', { name: 'Add another theme' }).click()
  await page.getByLabel('Theme 3').fill('Not needed')
  await page.getByLabel('Theme 2').fill('Recruitment and retention of social workers')
  await page.getByRole('button', { name: 'Remove theme 3' }).click()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Create the plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Improvement plan 2027' })).toBeVisible()
  await expect(page.getByText('This plan is a draft: it has not been agreed yet.')).toBeVisible()
  await expect(page.getByText('Its milestones’ due dates are not yet baselines.')).toBeVisible()
  await expectNoAxeViolations(page)
  const planUrl = page.url()

  // A milestone answering the first recommendation, from the milestone form.
  await page.getByRole('button', { name: 'Add a milestone' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Add a milestone/ })).toBeVisible()
  await page.getByLabel('Title', { exact: true }).fill('Assessment quality audit programme')
  await page.getByLabel('Theme').selectOption({ label: 'Practice' })
  await page.getByLabel('Owner').selectOption({ label: 'Mark Ellison – Head of Service, Safeguarding and Quality Assurance' })
  await fillDate(page, 'Due date', ['31', '3', '2027'])
  await page.getByLabel('1. The quality of assessments for children in need of help and protection.').check()
  await page.getByRole('button', { name: 'Add milestone' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Assessment quality audit programme' })).toBeVisible()

  // The second recommendation linked from the inspection page.
  await page.goto(inspectionUrl)
  await expect(page.getByText('1 recommendation is not yet answered by any milestone: the plan does not yet answer the inspection.')).toBeVisible()
  const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Recommendation 1' }) })
  await expect(first.getByRole('link', { name: 'Assessment quality audit programme' })).toBeVisible()
  const second = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Recommendation 2' }) })
  await expect(second).toContainText('Not answered by any milestone')
  await second.getByLabel('Link a milestone to recommendation 2').selectOption({ label: 'Assessment quality audit programme' })
  await second.getByRole('button', { name: 'Link the milestone to recommendation 2' }).click()
  await expect(second.getByText('“Assessment quality audit programme” now answers recommendation 2.')).toBeVisible()
  await expect(second.getByRole('link', { name: 'Assessment quality audit programme' })).toBeVisible()
  await expect(page.getByText('Every recommendation is answered by at least one milestone.')).toBeVisible()
  await expectNoAxeViolations(page)

  // The chair agrees the plan: a date in the future is refused first.
  await page.goto(planUrl)
  await page.getByRole('button', { name: 'Agree the plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Agree the plan/ })).toBeVisible()
  await page.getByRole('radio', { name: `${BOARD}, with the Department for Education’s adviser` }).check()
  await fillDate(page, 'When was it agreed?', ['24', '11', '2026'])
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Agree the plan' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('The date the plan was agreed must be today or in the past')
  await fillDate(page, 'When was it agreed?', ['20', '11', '2026'])
  await page.getByRole('button', { name: 'Agree the plan' }).click()
  await expect(page.getByText('The plan is agreed. Each milestone’s due date is now its baseline.')).toBeVisible()
  await expect(page.getByText(`Agreed by ${BOARD}, with the Department for Education’s adviser on 20 November 2026.`)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Agree the plan' })).toHaveCount(0)
  await expectNoAxeViolations(page)
  const planId = new URL(planUrl).pathname.split('/').at(-1)!
  const milestones = await apiAs(page, people.improvementChair.id, 'GET', `/api/milestones?planId=${planId}`)
  expect(milestones.json.map((milestone: { baselineDueDate: string }) => milestone.baselineDueDate)).toEqual(['2027-03-31'])
})

test('removing a visit’s recommendation that a milestone answers is refused with the reason; unlinking it first lets it go', async ({ page }) => {
  await openApp(page, '/inspections/inspection-monitoring-2')
  await actAs(page, people.improvementChair)
  await expect(page.getByText('1 recommendation is not yet answered by any milestone: the plan does not yet answer the visit.')).toBeVisible()
  const third = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Recommendation 3' }) })
  await expect(third).toContainText('Not answered by any milestone')

  await page.getByRole('button', { name: 'Change the visit and its recommendations' }).click()
  await page.getByRole('button', { name: 'Remove recommendation 1' }).click()
  await page.getByRole('button', { name: 'Save changes' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toContainText(
    'Not saved. Recommendation 1 is answered by “Strategy discussions held within one working day”. Unlink it from that milestone before removing it.',
  )
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Back to the inspection' }).click()
  const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Recommendation 1' }) })
  await first.getByRole('button', { name: 'Unlink “Strategy discussions held within one working day” from recommendation 1' }).click()
  await expect(first.getByText('“Strategy discussions held within one working day” no longer answers recommendation 1.')).toBeVisible()
  await expect(first).toContainText('Not answered by any milestone')

  // The draft kept what was typed: the removal is still there, and now saves.
  await page.getByRole('button', { name: 'Change the visit and its recommendations' }).click()
  await expect(page.getByLabel('What needs to improve (recommendation 1)')).toHaveValue(/Management oversight/)
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Your changes have been saved.')).toBeVisible()
  await expect(page.getByText('The timeliness of strategy discussions')).toHaveCount(0)
})

test('a member or a director sees none of these controls, and the API refuses them', async ({ page }) => {
  test.setTimeout(120_000)
  for (const person of [people.member, people.director]) {
    await openApp(page, '/inspections')
    await actAs(page, person)
    await expect(page.getByRole('button', { name: 'Record an inspection or visit' })).toHaveCount(0)
    await page.getByRole('link', { name: /Full inspection/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: /Full inspection/ })).toBeVisible()
    await expect(page.getByRole('button', { name: /Change the inspection/ })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /Create a plan/ })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /^Unlink/ })).toHaveCount(0)
    await expect(page.getByRole('combobox', { name: /Link a milestone/ })).toHaveCount(0)
    await expect(page.getByText('1 recommendation is not yet answered by any milestone')).toBeVisible()
    await expectNoAxeViolations(page)

    await openApp(page, '/inspections/new')
    await expect(page.getByText(`${person.name} may not record inspections.`)).toBeVisible()
    await expect(page.getByRole('button', { name: /Record the/ })).toHaveCount(0)
    await expectNoAxeViolations(page)

    await openApp(page, '/plans/plan-northshire')
    await expect(page.getByText('Agreed by Children’s Services Improvement Board, with the DfE adviser on')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Agree the plan' })).toHaveCount(0)
    await openApp(page, '/boards/board-improvement')
    await expect(page.getByRole('button', { name: 'Create a plan' })).toHaveCount(0)
    await openApp(page, '/boards/board-improvement/plans/new')
    await expect(page.getByText('Only the chair of Children’s Services Improvement Board may change its plan.')).toBeVisible()
    await expectNoAxeViolations(page)

    const visit = { framework: 'ilacs-2023', kind: 'monitoring-visit', startDate: '2026-11-02', endDate: '2026-11-03' }
    expect((await apiAs(page, person.id, 'POST', '/api/inspections', visit)).status).toBe(403)
    expect((await apiAs(page, person.id, 'PATCH', '/api/inspections/inspection-monitoring-2', { publishedDate: null })).status).toBe(403)
    expect((await apiAs(page, person.id, 'PATCH', '/api/milestones/milestone-19', { recommendationIds: [] })).status).toBe(403)
    expect((await apiAs(page, person.id, 'POST', '/api/plans', { boardId: 'board-improvement', title: 'Mine' })).status).toBe(403)
    expect((await apiAs(page, person.id, 'POST', '/api/plans/plan-northshire/agree', { agreedBy: 'Me', agreedOn: '2026-11-20' })).status).toBe(403)
  }
})
