import type { Page } from '@playwright/test'
import { actAs, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

/** The improvement board's next meeting (its pack a draft until its papers deadline) and its last one (published twice). */
const NEXT = '/meetings/meeting-improvement-2026-12-03'
const LAST = '/meetings/meeting-improvement-2026-11-05'
// Due on 28 November 2026, so in the next meeting's pack; On track in the demo.
const MILESTONE = { id: 'milestone-17', title: 'Case transfer protocol between teams' }

const milestoneDueRow = (page: Page) => page.getByRole('region', { name: /^Milestones due since the last meeting/ }).getByRole('row', { name: new RegExp(MILESTONE.title) })

async function putOffTrack(page: Page): Promise<void> {
  await actAs(page, people.director)
  await page.goto(`/milestones/${MILESTONE.id}`)
  await page.getByRole('radio', { name: 'Off track' }).check()
  await page.getByLabel('Commentary').fill('The protocol was rejected by the practice board; it needs rewriting.')
  await page.getByLabel('Recovery action').fill('Rewrite with team managers by 15 January.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now Off track.')).toBeVisible()
}

test('the chair publishes the pack; it stays as published when the plan changes, until it is published again with a reason, and the first version stays readable', async ({ page }) => {
  test.slow()
  await openApp(page, NEXT)
  await actAs(page, people.improvementChair)
  const pack = page.getByRole('region', { name: 'The pack' })
  await expect(pack).toContainText('Draft')
  await expect(pack).toContainText('It is frozen as published at the papers deadline, 25 November 2026')

  await pack.getByRole('link', { name: 'Publish the pack now' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Publish the pack' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Publish the pack' }).click()
  await expect(page.getByText(/The pack is published, 23 November 2026 at 10:00am\. Members now see it as published\./)).toBeVisible()
  await expect(pack).toContainText(`Published 23 November 2026 at 10:00am, by ${people.improvementChair.name}`)
  await expect(milestoneDueRow(page)).toContainText('On track')

  // The plan changes after publication: the published pack does not.
  await putOffTrack(page)
  await actAs(page, people.improvementChair)
  await page.goto(NEXT)
  await expect(milestoneDueRow(page)).toContainText('On track')
  await expect(milestoneDueRow(page)).not.toContainText('Off track')

  // Published again, it needs a reason, and then shows the plan as it now is.
  await pack.getByRole('link', { name: 'Publish the pack again' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Publish the pack again' })).toBeVisible()
  await page.getByRole('button', { name: 'Publish it again' }).click()
  await expect(page.getByRole('alert').getByRole('link', { name: 'Say why the pack is published again' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Why is it published again?').fill('The case transfer protocol was rejected after the first publication.')
  await page.getByRole('button', { name: 'Publish it again' }).click()
  await expect(pack).toContainText('(version 2)')
  await expect(pack).toContainText('Published again because: The case transfer protocol was rejected after the first publication.')
  await expect(milestoneDueRow(page)).toContainText('Off track')

  // Every version stays readable as it was published.
  await pack.getByRole('link', { name: 'Every published version of this pack (2)' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Published versions of the pack' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Version 1', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pack as published, version 1' })).toBeVisible()
  await expect(page.getByText('This is not the current pack. Version 2 was published 23 November 2026 at 10:00am.')).toBeVisible()
  await expect(milestoneDueRow(page)).toContainText('On track')
  await expectNoAxeViolations(page)
})

test('changes since the last meeting compare the two published packs, and read the same before and after the plan changes', async ({ page }) => {
  test.slow()
  await openApp(page, LAST)
  await actAs(page, people.member)
  // The last meeting's pack was published twice by the chair; the member sees the second, and why.
  const pack = page.getByRole('region', { name: 'The pack' })
  await expect(pack).toContainText('(version 2)')
  await expect(pack).toContainText('Published again because: The performance report was replaced')
  await expect(pack.getByRole('link', { name: /Publish/ })).toHaveCount(0)

  await page.goto(NEXT)
  await page.getByRole('region', { name: 'The pack' }).getByRole('link', { name: 'Changes since the last meeting' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Changes since the last meeting' })).toBeVisible()
  // The next meeting's pack is not published yet (its deadline is to come): the comparison is provisional.
  await expect(page.getByText(/Provisional: this meeting’s pack is not published yet/)).toBeVisible()
  await expect(page.getByRole('link', { name: '5 November 2026 (version 2)' })).toBeVisible()
  await expectNoAxeViolations(page)

  // Once published, the comparison no longer moves when the plan does.
  await actAs(page, people.improvementChair)
  await page.goto(`${NEXT}/publish`)
  await page.getByRole('button', { name: 'Publish the pack' }).click()
  await expect(page.getByRole('region', { name: 'The pack' })).toContainText('Published')
  await page.goto(`${NEXT}/changes`)
  await expect(page.getByText(/Provisional/)).toHaveCount(0)
  const table = page.getByRole('table')
  const before = await table.textContent()
  await putOffTrack(page)
  await page.goto(`${NEXT}/changes`)
  await expect(page.getByRole('heading', { level: 1, name: 'Changes since the last meeting' })).toBeVisible()
  expect(await table.textContent()).toBe(before)
})

test('a member cannot publish the pack', async ({ page }) => {
  await openApp(page, `${NEXT}/publish`)
  await actAs(page, people.member)
  await expect(page.getByText('Only the chair of Children’s Services Improvement Board may publish its meeting packs.')).toBeVisible()
  await expect(page.getByRole('button', { name: /Publish/ })).toHaveCount(0)
})

test('the printed pack: a front sheet, the numbered agenda, a one-page status summary, then the items under running headers; the legend printed open', async ({ page }) => {
  test.slow()
  await openApp(page, NEXT)
  await actAs(page, people.member)
  await expect(page.getByRole('button', { name: 'Download as PDF' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Print the meeting pack' })).toBeVisible()
  const statusChanges = page.getByRole('region', { name: /^Status changes since/ })
  const unchanged = statusChanges.getByRole('row').filter({ hasText: '(no change of status)' })
  expect(await unchanged.count()).toBeGreaterThan(0)
  await page.emulateMedia({ media: 'print' })

  const front = page.locator('.app-pack-front')
  await expect(front).toBeVisible()
  await expect(front).toContainText('Northshire County Council')
  await expect(front).toContainText('Children’s Services Improvement Board')
  await expect(front).toContainText('Thursday 3 December 2026')
  await expect(front).toContainText('Council Chamber, County Hall, Northshire')
  await expect(front).toContainText('Papers deadline25 November 2026')
  // The screen's heading, buttons and the acting-as picker are not printed.
  await expect(page.getByRole('button', { name: 'Print the meeting pack' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden()

  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('heading', { level: 3 }).first()).toHaveText('1. Apologies for absence')
  const summary = page.getByRole('region', { name: 'Status summary' })
  await expect(summary.getByRole('row', { name: /^All themes/ })).toBeVisible()
  await expect(summary).toContainText('Slipped milestones')
  await expect(summary).toContainText('Overdue actions')
  // The legend is printed open; a status update that changed no status is left off paper.
  await expect(page.locator('.app-legend-printed').first()).toBeVisible()
  await expect(page.locator('.app-legend-printed').first()).toContainText('Off track')
  await expect(unchanged).toHaveCount(0)
  await expect(statusChanges.getByRole('row').filter({ hasText: '→' }).first()).toBeVisible()

  // Each item's printed pages are headed with its item number (CSS paged media, in a constructed style sheet).
  const pageRules = await page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'))
  expect(pageRules).toContain('Children’s Services Improvement Board, 3 December 2026')
  expect(pageRules).toContain('Item 3: Improvement plan: progress report')
  expect(pageRules).toContain('Item 2: Actions from previous meetings')
  expect(pageRules).toContain('Items 4 and 5: Reports due at this meeting')

  // Printed to PDF: the front sheet, the agenda and the summary take a page each, then the items.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
  expect(pages).toBeGreaterThanOrEqual(6)
  expect(pages).toBeLessThan(20)
})
