import { expect, expectNoAxeViolations, openApp, test } from './fixtures'

const pages = [
  { path: '/', title: 'Home', heading: 'Children’s services improvement' },
  { path: '/boards', title: 'Boards', heading: 'Boards' },
  { path: '/boards/board-improvement', title: 'Children’s Services Improvement Board', heading: /Children’s Services Improvement Board/ },
  { path: '/boards/new', title: 'Add a board', heading: 'Add a board' },
  { path: '/plans/plan-northshire', title: 'Northshire Children’s Services Improvement Plan', heading: /Northshire Children’s Services Improvement Plan/ },
  { path: '/milestones/milestone-13', title: '85% of assessments completed within 45 working days', heading: /85% of assessments/ },
  { path: '/plans/plan-northshire/import', title: 'Import milestones from a spreadsheet', heading: 'Import milestones from a spreadsheet' },
  { path: '/meetings', title: 'Meetings', heading: 'Meetings' },
  { path: '/meetings/meeting-improvement-2026-12-03', title: 'Children’s Services Improvement Board, 3 December 2026', heading: 'Thursday 3 December 2026' },
  { path: '/reports', title: 'Reports', heading: 'Reports' },
  { path: '/reports/report-cin-review', title: 'Review of all children-in-need cases', heading: /Review of all children-in-need cases/ },
  { path: '/settings', title: 'Settings', heading: 'Settings' },
  { path: '/no-such-page', title: 'Page not found', heading: 'Page not found' },
]

for (const { path, title, heading } of pages) {
  test(`${path} has one h1, a page title saying where you are, and no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await expect(page).toHaveTitle(`${title} – Improvement Tracker`)
    await expectNoAxeViolations(page)
  })
}

test('navigation moves focus to the new page’s heading, and the skip link reaches the content', async ({ page }) => {
  await openApp(page, '/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Reports' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeFocused()
  await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page')
})

test('every answer of the local API is marked as such', async ({ page }) => {
  await openApp(page, '/')
  const header = await page.evaluate(async () => (await fetch('/api/people')).headers.get('X-Local-API'))
  expect(header).toBe('1')
})

test('the header, menu and footer show before any script has run', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/boards')
  await expect(page.getByRole('link', { name: 'Improvement Tracker' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Meetings' })).toBeVisible()
  await expect(page.getByRole('contentinfo')).toContainText('keeps its data in this browser')
  await context.close()
})
