import type { Page } from '@playwright/test'
import { actAs, checkPage, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

/** The improvement board's next meeting (standing agenda) and its last one (recorded by its clerk). */
const NEXT = '/meetings/meeting-improvement-2026-12-03'
const LAST = '/meetings/meeting-improvement-2026-11-05'

const agendaTitles = (page: Page) => page.getByRole('region', { name: 'Agenda' }).getByRole('heading', { level: 3 }).allTextContents()

test('the chair moves an agenda item to the top with the keyboard and adds an item before any other business', async ({ page }) => {
  // Each page is checked with axe and at a phone's width.
  test.slow()
  await openApp(page, NEXT)
  await actAs(page, people.improvementChair)

  // The agenda: the progress report first, and a new item before any other business.
  await page.getByRole('button', { name: 'Change the agenda' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Change the agenda/ })).toBeVisible()
  await checkPage(page)
  await page.getByRole('button', { name: 'Move up item 3, Improvement plan: progress report' }).click()
  // Focus stays on the item it moved, so the keyboard carries on from there.
  await expect(page.getByRole('button', { name: 'Move up item 2, Improvement plan: progress report' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Move down item 1, Improvement plan: progress report' })).toBeFocused()
  await page.getByRole('button', { name: 'Add an item' }).click()
  await page.getByRole('textbox', { name: /^Item 6/ }).fill('Ofsted monitoring visit: the letter')
  await page.getByRole('button', { name: 'Save the agenda' }).click()
  await expect(page.getByText('The agenda is saved.')).toBeVisible()
  expect(await agendaTitles(page)).toEqual([
    '1. Improvement plan: progress report',
    '2. Apologies for absence',
    '3. Minutes of the last meeting',
    '4. Improvement plan progress report',
    '5. Review of all children-in-need cases',
    '6. Ofsted monitoring visit: the letter',
    '7. Any other business',
  ])
  // Before the day, there is nothing to record yet.
  await expect(page.getByRole('button', { name: 'Record the meeting' })).toHaveCount(0)
  await checkPage(page)
})

test('the chair records who came, a decision and an action for a director due by the next meeting; the director marks it done from the home page', async ({ page }) => {
  // Six pages, each checked with axe and at a phone's width.
  test.slow()
  await openApp(page, LAST)
  await actAs(page, people.improvementChair)
  await page.getByRole('button', { name: 'Record the meeting' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Record the meeting/ })).toBeVisible()
  await checkPage(page)
  await page.getByRole('group', { name: /^Sarah Whitfield/ }).getByRole('radio', { name: 'Present' }).check()
  await page.getByRole('textbox', { name: /Any other business$/ }).fill('RESOLVED that the board meet the new DfE adviser in January.')
  await page.getByRole('button', { name: 'Save the record' }).click()
  await expect(page.getByText('The record of the meeting is saved.')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Attendance' })).toContainText('Sarah Whitfield')
  await expect(page.getByRole('region', { name: 'Agenda' })).toContainText('RESOLVED that the board meet the new DfE adviser in January.')

  // An action for a director, due by the next meeting, under the DfE adviser's review.
  await page.getByRole('link', { name: 'Add an action under item 4' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Add an action/ })).toBeVisible()
  await page.getByLabel('What is to be done').fill('Bring the plan, revised as the DfE adviser asked, to the board.')
  await page.getByLabel('Who owns it').selectOption({ label: 'Mark Ellison – Head of Service, Safeguarding and Quality Assurance' })
  await page.getByRole('radio', { name: 'By a meeting of this board' }).check()
  await page.getByLabel('Due by the meeting on').selectOption({ label: '3 December 2026 (the next meeting)' })
  await expect(page.getByLabel('Under which agenda item')).toHaveValue('item-dfe-review')
  await checkPage(page)
  await page.getByRole('button', { name: 'Add the action' }).click()
  await expect(page.getByText('The action is added.')).toBeVisible()
  const agreed = page.getByRole('region', { name: 'Actions agreed at this meeting' })
  const action = agreed.getByRole('row', { name: /Bring the plan, revised/ })
  await expect(action).toContainText('Mark Ellison')
  await expect(action).toContainText('By the meeting on 3 December 2026')
  await expect(action).toContainText('Open')
  await expect(agreed.getByRole('row', { name: /agency cover/ })).toContainText('Overdue')
  await checkPage(page)

  // The next meeting's pack carries it among the actions from previous meetings.
  await openApp(page, NEXT)
  await expect(page.getByRole('region', { name: 'Actions from previous meetings' }).getByRole('row', { name: /Bring the plan, revised/ })).toContainText('The meeting on 5 November 2026')

  // Its owner finds it on the home page, one step from marking it done.
  await openApp(page, '/')
  await actAs(page, people.director)
  const yours = page.getByRole('region', { name: 'Your actions' })
  await expect(yours.getByText('Most urgent first: overdue, then by when due')).toBeVisible()
  await expectNoAxeViolations(page)
  await yours.getByRole('link', { name: /^Mark as done – Bring the plan, revised/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Action from the meeting on 5 November 2026' })).toBeVisible()
  await checkPage(page)
  await page.getByLabel('Note (optional)').fill('The revised plan is in the pack for 3 December.')
  await page.getByRole('button', { name: 'Mark as done' }).click()
  await expect(page.getByText('The action is marked as done.')).toBeVisible()
  await expect(page.locator('.app-status-now')).toContainText('Done')
  await openApp(page, '/')
  await expect(page.getByRole('region', { name: 'Your actions' })).toHaveCount(0)
  await openApp(page, '/boards/board-improvement/actions?status=done')
  await expect(page.getByRole('row', { name: /Bring the plan, revised/ })).toContainText('Note: The revised plan is in the pack for 3 December.')
})

test('a member reads the record, the actions and the action log, and finds no way to change them', async ({ page }) => {
  test.slow()
  await openApp(page, LAST)
  await actAs(page, people.member)
  await expect(page.getByRole('region', { name: 'Attendance' })).toContainText('Priya Natarajan')
  await expect(page.getByRole('region', { name: 'Agenda' })).toContainText('RESOLVED that the minutes of the last meeting be agreed as a correct record.')
  await expect(page.getByRole('region', { name: 'Actions agreed at this meeting' }).getByRole('row', { name: /agency cover/ })).toContainText('Overdue')
  await expect(page.getByRole('region', { name: 'Actions from previous meetings' }).getByRole('row', { name: /audit sample/ })).toContainText('Done')
  for (const control of ['Change the agenda', 'Record the meeting', 'Add an action']) await expect(page.getByRole('button', { name: control })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Change( the|$)/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Mark as done/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Add an action/ })).toHaveCount(0)
  await checkPage(page)

  await openApp(page, '/boards/board-improvement')
  await page.getByRole('link', { name: 'See the action log' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Action log' })).toBeVisible()
  await page.getByRole('link', { name: /^Done/ }).click()
  await expect(page).toHaveURL(/status=done/)
  await expect(page.getByRole('row', { name: /audit sample/ })).toContainText('Note: Sample widened from 40 to 55 files')
  await expect(page.getByRole('link', { name: /^Mark as done/ })).toHaveCount(0)
  await checkPage(page)
  await page.goto('/actions/action-agency-cover')
  await expect(page.getByText('Its owner or the chair of Children’s Services Improvement Board marks it done.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Mark as done' })).toHaveCount(0)
})

test('the chair corrects an action’s wording, owner and due date; a member cannot', async ({ page }) => {
  await openApp(page, '/actions/action-agency-cover')
  await actAs(page, people.member)
  await expect(page.getByRole('heading', { level: 1, name: /Action from the meeting on 5 November 2026/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /^Change( the|$)/ })).toHaveCount(0)

  await actAs(page, people.improvementChair)
  await page.getByRole('link', { name: 'Change the wording' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Change the action/ })).toBeVisible()
  await expect(page.getByLabel('What is to be done')).toHaveValue(/^Report the cost and length of agency cover/)
  await page.getByLabel('What is to be done').fill('')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await checkPage(page)

  await page.getByLabel('What is to be done').fill('Report the cost of agency cover for the two vacant team manager posts, and the plan to fill them.')
  await page.getByLabel('Who owns it').selectOption({ label: 'Someone else (not in the list)' })
  await page.getByLabel('Their name').fill('The HR business partner for children’s services')
  await page.getByRole('radio', { name: 'By a date' }).check()
  await page.getByRole('textbox', { name: 'Day' }).fill('18')
  await page.getByRole('textbox', { name: 'Month' }).fill('12')
  await page.getByRole('textbox', { name: 'Year' }).fill('2026')
  await page.getByRole('button', { name: 'Save changes' }).click()

  await expect(page.getByText('The action is changed.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: /Action from the meeting on 5 November 2026/ })).toBeVisible()
  await expect(page.getByText('Report the cost of agency cover for the two vacant team manager posts, and the plan to fill them.')).toBeVisible()
  await expect(page.getByText('The HR business partner for children’s services')).toBeVisible()
  await expect(page.getByText('18 December 2026')).toBeVisible()
})
