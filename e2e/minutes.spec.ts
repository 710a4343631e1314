import type { Page } from '@playwright/test'
import { actAs, checkPage, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

/** The improvement board's last meeting (held), and its next. */
const LAST = '/meetings/meeting-improvement-2026-11-05'
const NEXT = '/meetings/meeting-improvement-2026-12-03'

// Minutes written for this journey, in the style councils publish theirs.
const MINUTES = `CHILDREN’S SERVICES IMPROVEMENT BOARD

Minutes of the meeting held on Thursday 5 November 2026 at 2.00 pm in the Council Chamber, County Hall, Northshire

Present: Dame Alison Hartley (Independent Chair); Councillor Raj Malhotra; Councillor Margaret Lloyd

Officers: Helen Okafor, Director of Children’s Services; Mark Ellison; Priya Natarajan; Tom Brennan

1.  Apologies for absence

1.1  Apologies were received from Sarah Whitfield, Head of Performance and Intelligence.

2.  Minutes of the last meeting

2.1  The minutes of the meeting held on 8 October 2026 were agreed as a correct record.

3.  Improvement plan progress report

3.1  Ms Okafor introduced the progress report. Members asked why the number of children waiting for an assessment had risen since the summer.

3.2  Ms Natarajan confirmed that the audit of care plans for children in care would be completed by 31 January 2027.

3.3  Ms Natarajan agreed to bring a report on placement stability for children in care to the next meeting of the Board.

3.4  RESOLVED that:
(a)  the progress report be noted; and
(b)  Mr Brennan circulate the agency staffing figures for each team to Board members by 20 November 2026.

4.  Ofsted monitoring visit

4.1  The Chair reminded the Board that Ofsted had judged the experiences and progress of children who need help and protection to be ‘inadequate’ at the full inspection.

4.2  Officers would look into the timeliness of return home interviews and report the findings to members.

5.  Any other business

5.1  There was no other business. The meeting closed at 3.40 pm.
`

const REPORT = 'Report on placement stability for children in care'
const EDITED_ACTION = 'Circulate the agency staffing figures for each team, with the vacancy rate, to Board members'

/** The proposal whose heading names `title`. */
const proposal = (page: Page, title: RegExp) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) })

test('the chair brings in a meeting’s minutes: accepts a report, edits and accepts an action, rejects one', async ({ page }) => {
  // Two steps checked with axe and at a phone's width, then the pages the accepted ones reach.
  test.slow()
  await openApp(page, LAST)
  await actAs(page, people.improvementChair)
  await page.getByRole('button', { name: 'Bring in the minutes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Bring in the minutes/ })).toBeVisible()

  // Step 1: nothing pasted is an error beside the field; what is pasted survives a reload.
  await page.getByRole('button', { name: 'Find what the minutes record' }).click()
  await expect(page.getByRole('alert')).toContainText('Enter the minutes')
  await checkPage(page)
  await page.getByLabel('The minutes').fill(MINUTES)
  await page.reload()
  await expect(page.getByLabel('The minutes')).toHaveValue(MINUTES)
  await page.getByRole('button', { name: 'Find what the minutes record' }).click()

  // Step 2: what they record, in their order, each beside its sentence.
  await expect(page.getByRole('heading', { level: 1, name: /Check what the minutes record/ })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    /^1\. Commitment\s*The audit of care plans/,
    /^2\. Follow-up report\s*Report on placement stability/,
    /^3\. Action\s*Circulate the agency staffing figures/,
    /^4\. Judgement\s*Children who need help and protection: Inadequate/,
    /^5\. Action\s*Look into the timeliness of return home interviews/,
  ])
  const report = proposal(page, new RegExp(REPORT))
  await expect(report.locator('blockquote')).toHaveText('Ms Natarajan agreed to bring a report on placement stability for children in care to the next meeting of the Board.')
  await expect(report).toContainText('At the meeting on 3 December 2026')
  await expect(report).toContainText('Priya Natarajan')
  await expect(proposal(page, /Inadequate/)).toContainText('Grade')
  await checkPage(page)

  // The report, accepted as it stands.
  await report.getByRole('button', { name: `Accept the follow-up report: ${REPORT}` }).click()
  await expect(report.getByRole('link', { name: REPORT })).toBeVisible()
  await expect(report.getByText('Accepted', { exact: true })).toBeVisible()

  // The action, edited before it is accepted.
  const action = proposal(page, /Circulate the agency staffing figures/)
  await action.getByRole('button', { name: /^Edit the action/ }).click()
  await action.getByRole('textbox', { name: 'What is to be done' }).fill(EDITED_ACTION)
  await expect(action.getByLabel('Who owns it')).toHaveValue('p-workforce')
  await checkPage(page)
  await action.getByRole('button', { name: /^Accept the action/ }).click()
  await expect(action.getByRole('link', { name: EDITED_ACTION })).toBeVisible()

  // One rejected: nothing saved, and it says so.
  const officers = proposal(page, /Look into the timeliness/)
  await officers.getByRole('button', { name: /^Reject the action/ }).click()
  await expect(officers.getByText('Rejected: nothing is saved from it.')).toBeVisible()
  await expect(page.getByText('2 accepted, 1 rejected, 2 to decide.')).toBeVisible()
  await checkPage(page)

  await page.getByRole('button', { name: 'Finish' }).click()
  await expect(page.getByText('The minutes are brought in: 2 proposals accepted.')).toBeVisible()

  // The report is asked for, due at the next meeting; the action is in the board's action log.
  await openApp(page, '/reports')
  await expect(page.getByRole('link', { name: REPORT })).toBeVisible()
  await openApp(page, NEXT)
  await expect(page.getByRole('region', { name: 'Reports due at this meeting' }).getByRole('row', { name: new RegExp(REPORT) })).toContainText('Priya Natarajan')
  await openApp(page, '/boards/board-improvement/actions')
  await expect(page.getByRole('row', { name: new RegExp(EDITED_ACTION) })).toContainText('Tom Brennan')
  await expect(page.getByRole('row', { name: /Look into the timeliness/ })).toHaveCount(0)
})

test('a member finds no way to bring minutes in, and the page refuses them', async ({ page }) => {
  await openApp(page, LAST)
  await actAs(page, people.member)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Children’s Services Improvement Board')
  await expect(page.getByRole('button', { name: 'Bring in the minutes' })).toHaveCount(0)
  await openApp(page, `${LAST}/minutes`)
  await expect(page.getByText('Only the chair of Children’s Services Improvement Board may bring its minutes in.')).toBeVisible()
  await expect(page.getByLabel('The minutes')).toHaveCount(0)
  await expectNoAxeViolations(page)
})
