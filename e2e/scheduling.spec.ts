import type { Page } from '@playwright/test'
import { actAs, checkPage, expect, openApp, people, test } from './fixtures'

/** The improvement board's next meeting, with reports due at it and an action due by it. */
const NEXT = '/meetings/meeting-improvement-2026-12-03'
const BOARD = '/boards/board-improvement'

async function fillDate(page: Page, day: string, month: string, year: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Day' }).fill(day)
  await page.getByRole('textbox', { name: 'Month' }).fill(month)
  await page.getByRole('textbox', { name: 'Year' }).fill(year)
}

test('the chair schedules a meeting on Christmas Day: warned, not refused', async ({ page }) => {
  await openApp(page, BOARD)
  await actAs(page, people.improvementChair)
  await page.getByRole('button', { name: 'Schedule a meeting' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Schedule a meeting/ })).toBeVisible()
  await fillDate(page, '25', '12', '2026')
  await expect(page.getByText('Friday 25 December 2026 is a bank holiday (Christmas Day). You can still schedule it.')).toBeVisible()
  await checkPage(page)
  await page.getByRole('button', { name: 'Schedule the meeting' }).click()
  await expect(page.getByText(/^Meeting scheduled/)).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Friday 25 December 2026' })).toBeVisible()
  await expect(page.getByText('Friday 25 December 2026 is a bank holiday (Christmas Day).')).toBeVisible()
})

test('the chair schedules a series and sees, before saving, which meetings move off a bank holiday', async ({ page }) => {
  await openApp(page, BOARD)
  await actAs(page, people.improvementChair)
  await page.getByRole('button', { name: 'Schedule a series of meetings' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Schedule a series of meetings/ })).toBeVisible()
  await fillDate(page, '3', '5', '2027')
  await page.getByLabel('How many meetings').fill('10')
  await page.getByLabel('Start time (optional)').fill('10am')
  await page.getByLabel('Where (optional)').fill('Council Chamber, County Hall')
  const preview = page.getByRole('region', { name: 'The meetings this would schedule' })
  await expect(preview).toContainText('10 meetings, from Tuesday 4 May 2027 to Monday 10 January 2028. 2 are moved to the next working day.')
  await expect(preview.getByRole('listitem').first()).toContainText('Moved from Monday 3 May 2027, a bank holiday (Early May bank holiday).')
  await expect(preview.getByRole('listitem').nth(1)).toContainText('Moved from Monday 31 May 2027, a bank holiday (Spring bank holiday).')
  await checkPage(page)
  await page.getByRole('button', { name: 'Schedule these 10 meetings' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible()
  await expect(page.getByText('10 meetings scheduled. 2 were moved to the next working day: 3 May 2027 to 4 May 2027 and 31 May 2027 to 1 June 2027.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Tuesday 4 May 2027' })).toBeVisible()
})

test('the chair cancels a meeting and moves its reports to another; the report then shows the new meeting', async ({ page }) => {
  // Four pages, each checked with axe and at a phone's width.
  test.slow()
  await openApp(page, NEXT)
  await actAs(page, people.improvementChair)
  await page.getByRole('button', { name: 'Cancel or move this meeting' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Cancel or move this meeting/ })).toBeVisible()
  await checkPage(page)

  // Moving it is offered too: its page warns of a bank holiday as the date is typed.
  await page.getByRole('radio', { name: 'Move it to a new date' }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Move the meeting to a new date/ })).toBeVisible()
  await fillDate(page, '28', '12', '2026')
  await expect(page.getByText('Monday 28 December 2026 is a bank holiday (Boxing Day). You can still move it to this day.')).toBeVisible()
  await checkPage(page)
  await page.goBack()

  await page.getByRole('radio', { name: 'Cancel it' }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Cancel the meeting/ })).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Review of all children-in-need cases' })).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Meet the chair of the Safeguarding Children Partnership' })).toBeVisible()
  await page.getByRole('radio', { name: 'The meeting on Thursday 31 December 2026' }).check()
  await checkPage(page)
  await page.getByRole('button', { name: 'Cancel the meeting' }).click()

  await expect(page.getByText(/^The meeting on 3 December 2026 is cancelled\. Its 2 reports and 1 action are moved to the meeting on 31 December 2026\.$/)).toBeVisible()
  await expect(page.getByText('Children’s Services Improvement Board: cancelled meeting')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cancel or move this meeting' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Thursday 31 December 2026' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Thursday 31 December 2026' })).toBeVisible()
  await page.getByRole('region', { name: 'Reports due at this meeting' }).getByRole('link', { name: 'Review of all children-in-need cases' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Review of all children-in-need cases/ })).toBeVisible()
  await expect(page.getByText('Due', { exact: true }).locator('xpath=following-sibling::dd[1]')).toContainText('31 December 2026')
})

test('a member finds none of the scheduling controls', async ({ page }) => {
  await openApp(page, BOARD)
  await actAs(page, people.member)
  await expect(page.getByRole('button', { name: 'Schedule a meeting' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Schedule a series of meetings' })).toHaveCount(0)
  await openApp(page, NEXT)
  await expect(page.getByRole('button', { name: 'Cancel or move this meeting' })).toHaveCount(0)
  await openApp(page, `${NEXT}/cancel`)
  await expect(page.getByText('Only the chair of Children’s Services Improvement Board may schedule or change its meetings.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cancel the meeting' })).toHaveCount(0)
})
