import { actAs, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

const author = { id: 'p-workforce', name: 'Tom Brennan' }
const late = 'Social worker recruitment and retention strategy'

test('an author sees their late report first, asks to defer it, the chair accepts, and the author submits it with a link and a note', async ({ page }) => {
  test.slow()
  // The chair asks again for a report still open: the form points out the open one first.
  await openApp(page, '/reports/new?boardId=board-scrutiny')
  await actAs(page, people.scrutinyChair)
  await page.getByLabel('Report title').fill('Social worker recruitment & retention strategy')
  await page.getByRole('radio', { name: 'At a meeting that is scheduled' }).check()
  await page.getByLabel('Due at the meeting on').selectOption({ label: '19 January 2027' })
  await page.getByLabel('Author').selectOption(author.id)
  await page.getByRole('button', { name: 'Request the report' }).click()
  const warning = page.getByRole('alert').filter({ hasText: 'has already asked for this report and it is still open' })
  await expect(warning.getByRole('link', { name: late })).toHaveAttribute('href', '/reports/report-recruitment-strategy')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Request it anyway' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Social worker recruitment & retention strategy' })).toBeVisible()

  // The author's home: the late one first, with the next step.
  await actAs(page, author)
  await page.goto('/')
  const yours = page.getByRole('region', { name: 'Your reports' })
  await expect(yours.getByText(/Late first, then by when they are due/)).toBeVisible()
  const items = yours.getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.first()).toContainText(late)
  await expect(items.first()).toContainText('Next: Late: submit it or ask the chair to defer.')
  await expect(items.nth(1)).toContainText('Social worker recruitment & retention strategy')
  await expectNoAxeViolations(page)

  // The author asks to defer it.
  await items.first().getByRole('link', { name: late }).click()
  const ask = page.getByRole('region', { name: 'Ask the chair to defer it' })
  await ask.getByText('Ask the chair to defer it').click()
  await ask.getByLabel('Defer to the meeting on').selectOption({ label: '19 January 2027' })
  await ask.getByLabel('Why should it be deferred?').fill('The regional pay benchmarking reports on 14 December; the strategy depends on it.')
  await ask.getByRole('button', { name: 'Ask to defer it' }).click()
  await expect(page.getByText('Your request to defer it is with the chair of Children and Young People Scrutiny Board.')).toBeVisible()

  // The chair sees the request on their home page, and accepts it.
  await actAs(page, people.scrutinyChair)
  await page.goto('/')
  await page.getByRole('region', { name: 'Requests to defer a report' }).getByRole('link', { name: late }).click()
  const request = page.getByRole('region', { name: 'Request to defer' })
  await expect(request).toContainText('The regional pay benchmarking reports on 14 December')
  await expectNoAxeViolations(page)
  await request.getByRole('radio', { name: 'Accept: defer it to the meeting on 19 January 2027' }).check()
  await request.getByRole('button', { name: 'Save decision' }).click()
  await expect(page.getByText('Accepted. The report is now due at the meeting on 19 January 2027.')).toBeVisible()
  await expect(page.getByText('Deferred from the meeting on 24 November 2026 to the meeting on 19 January 2027.')).toBeVisible()

  // The author sees the outcome, and submits it with a link to the paper and a note.
  await actAs(page, author)
  await page.goto('/')
  const deferred = page.getByRole('region', { name: 'Your reports' }).getByRole('listitem').filter({ hasText: late })
  await expect(deferred).toContainText('Next: Deferred: now due at the meeting on 19 January 2027. Submit it by the papers deadline')
  await deferred.getByRole('link', { name: late }).click()
  await page.getByRole('radio', { name: /^Submitted/ }).check()
  await page.getByLabel('Link to the paper (optional)').fill('javascript:alert(document.cookie)')
  await page.getByLabel('Note to the board (optional)').fill('Appendix B, the benchmarking tables, follows on 15 December.')
  await page.getByRole('button', { name: 'Save status' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary.getByRole('link', { name: /^Enter the link to the paper as a web address/ })).toBeVisible()
  await expect(page.locator('#paperUrl-error')).toContainText('Enter the link to the paper as a web address')
  await expectNoAxeViolations(page)
  await page.getByLabel('Link to the paper (optional)').fill('https://papers.northshire.gov.uk/scrutiny/2027-01-19/recruitment-strategy.pdf')
  await page.getByRole('button', { name: 'Save status' }).click()
  await expect(page.getByText('Saved. The report is now submitted.')).toBeVisible()
  const paper = page.getByRole('link', { name: 'Read the paper at (papers.northshire.gov.uk)' })
  await expect(paper).toHaveCount(2)
  await expect(paper.first()).toHaveAttribute('href', 'https://papers.northshire.gov.uk/scrutiny/2027-01-19/recruitment-strategy.pdf')
  await expect(page.getByText('Appendix B, the benchmarking tables, follows on 15 December.')).toHaveCount(2)

  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Your reports' }).getByRole('listitem').filter({ hasText: late })).toContainText('Next: Awaiting the meeting on 19 January 2027.')
})
