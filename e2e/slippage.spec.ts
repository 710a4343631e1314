import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { actAs, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

// Owned by Mark Ellison (the director in these journeys), Off track, due and baselined 3 December 2026.
const ASSESSMENTS = { id: 'milestone-13', title: '85% of assessments completed within 45 working days' }
// Owned by Mark Ellison, On track, due 28 November 2026.
const PROTOCOL = { id: 'milestone-17', title: 'Case transfer protocol between teams' }

/** The value for the key named exactly so in the milestone's summary (the first summary list; the history has its own). */
function summaryValue(page: Page, key: string): Locator {
  return page.locator('.govuk-summary-list').first().locator('.govuk-summary-list__row').filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) }).locator('dd')
}

async function fillDate(group: Locator, day: string, month: string, year: string) {
  await group.getByLabel('Day').fill(day)
  await group.getByLabel('Month').fill(month)
  await group.getByLabel('Year').fill(year)
}

test('a director proposes a new date; it takes effect only when the chair agrees, and the plan shows both dates and the days slipped', async ({ page }) => {
  // A whole journey across two people and several pages, each checked with axe: longer than one page's test.
  test.slow()
  await openApp(page, `/milestones/${ASSESSMENTS.id}`)
  await actAs(page, people.director)
  const propose = page.getByRole('region', { name: 'Propose a new due date' })
  await expect(propose).toContainText('The due date stays 3 December 2026 until the chair of Children’s Services Improvement Board agrees the new one.')
  await fillDate(propose.getByRole('group', { name: 'Proposed new due date' }), '1', '6', '2027')
  await propose.getByLabel('Why does the date need to change?').fill('The two new assessment teams start in April; the audit needs three months of their work.')
  await expectNoAxeViolations(page)
  await propose.getByRole('button', { name: 'Propose the new date' }).click()

  await expect(page.getByText('Proposed: the new due date of 1 June 2027 awaits the chair’s agreement.')).toBeVisible()
  await expect(summaryValue(page, 'Due date')).toHaveText('3 December 2026')
  await expect(summaryValue(page, 'New date proposed')).toContainText('1 June 2027, proposed by Mark Ellison')
  await expect(page.getByRole('heading', { name: 'New due date awaiting the chair' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save the decision' })).toHaveCount(0)
  await expect(page.locator('.app-history__item').first()).toContainText('New due date proposed to the chair')
  await expect(page.getByRole('region', { name: 'Propose a new due date' })).toHaveCount(0)
  await expectNoAxeViolations(page)

  await openApp(page, '/')
  await actAs(page, people.improvementChair)
  const awaiting = page.getByRole('region', { name: 'Awaiting your decision' })
  await expect(awaiting).toContainText('From 3 December 2026 to 1 June 2027, proposed by Mark Ellison')
  await expectNoAxeViolations(page)
  await awaiting.getByRole('link', { name: ASSESSMENTS.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: ASSESSMENTS.title })).toBeVisible()
  await page.getByRole('radio', { name: 'Agree: due 1 June 2027' }).check()
  await page.getByRole('button', { name: 'Save the decision' }).click()
  await expect(page.getByText('Agreed: the milestone is now due 1 June 2027.')).toBeVisible()
  await expect(summaryValue(page, 'Due date')).toHaveText('1 June 2027')
  await expect(summaryValue(page, 'Baseline due date')).toContainText('3 December 2026')
  await expect(summaryValue(page, 'Slipped')).toHaveText('180 days past the baseline')
  const agreed = page.locator('.app-history__item').first()
  await expect(agreed).toContainText('New due date agreed')
  await expect(agreed).toContainText('3 December 2026 → 1 June 2027')
  await expect(agreed).toContainText('The two new assessment teams start in April')
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Back to the plan' }).click()
  const row = page.getByRole('row', { name: new RegExp(ASSESSMENTS.title) })
  await expect(row).toContainText('1 June 2027')
  await expect(row).toContainText('baseline 3 December 2026: 180 days slipped')
  await expect(row).toContainText('Slipped')
  await page.getByRole('checkbox', { name: 'Slipped' }).check()
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/slipped=true/)
  await expect(page.getByRole('row', { name: new RegExp(ASSESSMENTS.title) })).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(PROTOCOL.title) })).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('the chair refuses a proposed date, with the reason; the date stands and the history and pack say why', async ({ page }) => {
  // The demo's proposal awaiting the chair: Priya Natarajan asks to move it from 8 December 2026 to 6 February 2027.
  await openApp(page, '/milestones/milestone-31')
  await actAs(page, people.improvementChair)
  const proposal = page.getByRole('region', { name: 'New due date awaiting the chair' })
  await expect(proposal).toContainText('Personal advisers carry 30 young people each')
  await proposal.getByRole('radio', { name: 'Refuse: the due date stays 8 December 2026' }).check()
  await proposal.getByRole('button', { name: 'Save the decision' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary.getByRole('link', { name: 'Enter why the new date is refused' })).toBeVisible()
  await expectNoAxeViolations(page)

  await proposal.getByLabel('Why is the new date refused?').fill('Bring agency personal advisers in from December instead; the date stands.')
  await proposal.getByRole('button', { name: 'Save the decision' }).click()
  await expect(page.getByText('Refused: the milestone stays due 8 December 2026.')).toBeVisible()
  await expect(summaryValue(page, 'Due date')).toHaveText('8 December 2026')
  const refused = page.locator('.app-history__item').first()
  await expect(refused).toContainText('New due date refused')
  await expect(refused).toContainText('Why the chair refused it: Bring agency personal advisers in from December instead; the date stands.')
  await expect(refused).toContainText('6 February 2027; the due date stays 8 December 2026')

  await openApp(page, '/meetings/meeting-improvement-2026-12-03')
  const section = page.getByRole('region', { name: /Dates changed since the last meeting/ })
  const row = section.getByRole('row', { name: /Pathway plan reviewed for every care leaver/ })
  await expect(row).toContainText('Refused')
  await expect(row).toContainText('Bring agency personal advisers in from December instead')
})

test('a director’s Complete awaits sign-off; the chair sends it back with a reason, then signs off the next one', async ({ page }) => {
  // A whole journey across two people and several pages, each checked with axe: longer than one page's test.
  test.slow()
  await openApp(page, `/milestones/${PROTOCOL.id}`)
  await actAs(page, people.director)
  await page.getByRole('radio', { name: 'Complete' }).check()
  await page.getByLabel('Commentary').fill('Protocol agreed by the practice board and issued to every team.')
  await page.getByLabel('Evidence of completion').fill('Practice board minutes of 18 November; protocol on the intranet.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now Complete, awaiting sign-off.')).toBeVisible()
  await expect(page.locator('.app-status-now')).toContainText('Complete, awaiting sign-off')
  await expect(page.getByRole('radio', { name: 'Sign it off' })).toHaveCount(0)
  await expectNoAxeViolations(page)

  await openApp(page, '/')
  await actAs(page, people.improvementChair)
  const awaiting = page.getByRole('region', { name: 'Awaiting your decision' })
  await awaiting.getByRole('link', { name: PROTOCOL.title }).click()
  const signOff = page.getByRole('region', { name: 'Complete, awaiting sign-off' })
  await expect(signOff).toContainText('Practice board minutes of 18 November')
  await signOff.getByRole('radio', { name: 'Send it back to its owner' }).check()
  await signOff.getByRole('button', { name: 'Save the decision' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: 'Enter why it is sent back' })).toBeVisible()
  await expectNoAxeViolations(page)
  await signOff.getByLabel('Why is it sent back?').fill('The protocol has not been through the safeguarding partnership yet.')
  await signOff.getByRole('button', { name: 'Save the decision' }).click()
  await expect(page.getByText('Sent back: the status is now On track.')).toBeVisible()
  await expect(page.locator('.app-status-now')).toContainText('On track')
  const sentBack = page.locator('.app-history__item').first()
  await expect(sentBack).toContainText('Completion sent back')
  await expect(sentBack).toContainText('Why it was sent back: The protocol has not been through the safeguarding partnership yet.')

  await actAs(page, people.director)
  // The director comes back to the page afresh, as they would after the chair's decision.
  await page.reload()
  await page.getByRole('radio', { name: 'Complete' }).check()
  await page.getByLabel('Commentary').fill('Agreed by the safeguarding partnership on 22 November.')
  await page.getByLabel('Evidence of completion').fill('Partnership minutes, item 4.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.locator('.app-status-now')).toContainText('Complete, awaiting sign-off')

  await actAs(page, people.improvementChair)
  await page.getByRole('radio', { name: 'Sign it off' }).check()
  await page.getByRole('button', { name: 'Save the decision' }).click()
  await expect(page.getByText('Signed off: the milestone now counts as complete.')).toBeVisible()
  await expect(page.locator('.app-status-now')).not.toContainText('awaiting sign-off')
  await expect(summaryValue(page, 'Signed off')).toHaveText('23 November 2026 by Dame Alison Hartley')
  await expect(page.locator('.app-history__item').first()).toContainText('Completion signed off')
  await expectNoAxeViolations(page)
})

test('the meeting pack has its own section of dates changed since the last meeting, and the completions awaiting sign-off', async ({ page }) => {
  await openApp(page, '/meetings/meeting-improvement-2026-12-03')
  // Counted as complete only once signed off.
  await expect(summaryValue(page, 'Milestones')).toContainText('0 complete and signed off, 1 awaiting sign-off')
  const section = page.getByRole('region', { name: 'Dates changed since the last meeting on 5 November 2026' })
  await expect(section.getByRole('row')).toHaveCount(4)
  const frontDoor = section.getByRole('row', { name: /Redesign of the multi-agency front door/ })
  await expect(frontDoor).toContainText('9 October 2026')
  await expect(frontDoor).toContainText('1 June 2027')
  await expect(frontDoor).toContainText('Mark Ellison')
  await expect(frontDoor).toContainText('Agreed')
  await expect(frontDoor).toContainText('police estates team')
  await expect(section.getByRole('row', { name: /Missing children data shared weekly/ })).toContainText('Refused')
  await expect(section.getByRole('row', { name: /Pathway plan reviewed/ })).toContainText('Awaiting the chair')
  const awaiting = page.getByRole('region', { name: 'Completions awaiting sign-off', exact: true })
  await expect(awaiting).toContainText('Council tax exemption for care leavers up to 25')
  await expect(awaiting).toContainText('Complete, awaiting sign-off')
  await expectNoAxeViolations(page)
})

test('the milestones CSV has the baseline and due dates, the days slipped and the sign-off', async ({ page }) => {
  await openApp(page, '/settings')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Milestones (CSV spreadsheet)' }).click()
  const csv = await readFile(await (await download).path(), 'utf8')
  const lines = csv.split('\r\n')
  expect(lines[0]).toContain('Baseline date,Due date,Days slipped,Slipped,New date proposed,Status,Sign-off,Signed off on')
  expect(lines.find((line) => line.includes('Redesign of the multi-agency front door'))).toContain(',2026-10-09,2027-06-01,235,Yes,,At risk,')
  expect(lines.find((line) => line.includes('Council tax exemption for care leavers'))).toContain(',"Complete, awaiting sign-off",Awaiting sign-off,,')
  expect(lines.find((line) => line.includes('Pathway plan reviewed for every care leaver'))).toContain(',2026-12-08,2026-12-08,0,No,2027-02-06,')
})

test('the chair deletes a milestone of a draft plan, but closes one with history in an agreed plan, with the reason', async ({ page }) => {
  // A whole journey across two people and several pages, each checked with axe: longer than one page's test.
  test.slow()
  await openApp(page, '/')
  await actAs(page, people.improvementChair)
  // A draft plan, as the plan pages will create it, with a milestone that already has an update.
  const draft = await page.evaluate(async (chair) => {
    const post = async (path: string, body: unknown, ifMatch?: number) =>
      (
        await fetch(path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Acting-As': chair, ...(ifMatch ? { 'If-Match': `"${ifMatch}"` } : {}) },
          body: JSON.stringify(body),
        })
      ).json()
    const plan = await post('/api/plans', { boardId: 'board-improvement', title: 'Early help plan', themes: [{ title: 'Early help' }] })
    const milestone = await post('/api/milestones', { planId: plan.id, themeId: plan.themes[0].id, title: 'Early help strategy, first draft', ownerId: 'p-safeguarding', dueDate: '2027-03-31' })
    await post(`/api/milestones/${milestone.id}/updates`, { rag: 'green', commentary: 'Drafting has begun.' }, 1)
    return { planId: plan.id as string, milestoneId: milestone.id as string }
  }, people.improvementChair.id)

  await openApp(page, `/milestones/${draft.milestoneId}`)
  const remove = page.getByRole('region', { name: 'Delete the milestone' })
  await expect(remove).toContainText('The plan is still a draft')
  await remove.getByRole('button', { name: 'Delete the milestone' }).click()
  await expectNoAxeViolations(page)
  await remove.getByRole('button', { name: 'Yes, delete it' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Early help plan' })).toBeVisible()
  await expect(page.getByText('Early help strategy, first draft')).toHaveCount(0)

  await openApp(page, '/milestones/milestone-16')
  const close = page.getByRole('region', { name: 'Close the milestone' })
  await expect(page.getByRole('button', { name: 'Delete the milestone' })).toHaveCount(0)
  await close.getByRole('button', { name: 'Close the milestone' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: 'Enter why the milestone is closed' })).toBeVisible()
  await close.getByLabel('Why is the milestone closed?').fill('Superseded by the case recording standards agreed by the board on 5 November.')
  await close.getByRole('button', { name: 'Close the milestone' }).click()
  await expect(page.getByText('Closed on 23 November 2026.')).toBeVisible()
  await expect(page.locator('.app-status-now')).toContainText('Closed')
  await expect(page.locator('.app-status-now')).not.toContainText('Overdue')
  await expect(summaryValue(page, 'Closed')).toHaveText('23 November 2026: Superseded by the case recording standards agreed by the board on 5 November.')
  await expect(page.getByRole('heading', { name: 'Update status' })).toHaveCount(0)
  await expect(page.locator('.app-history__item').first()).toContainText('Milestone closed')
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Back to the plan' }).click()
  const closed = page.getByRole('table', { name: 'Closed milestones (1)' })
  await expect(closed).toContainText('An up-to-date chronology on every open case')
  await expect(closed).toContainText('Superseded by the case recording standards')

  await actAs(page, people.director)
  await openApp(page, '/milestones/milestone-13')
  await expect(page.getByRole('heading', { name: 'Close the milestone' })).toHaveCount(0)
})
