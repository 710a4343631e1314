import type { Page } from '@playwright/test'
import { actAs, expect, expectNoAxeViolations, openApp, people, test, TODAY } from './fixtures'

const PLAN = 'Northshire Children’s Services Improvement Plan'

interface ApiMilestone {
  id: string
  title: string
  themeId: string
  dueDate: string
  rag: string
  signOff: string | null
  closedOn: string | null
  overdue: boolean
  stale: boolean
  slipped: boolean
}
interface ApiPlan {
  id: string
  title: string
  themes: Array<{ id: string; title: string }>
}

/** The plan and its milestones as the API has them, read through the page (the API lives in it). */
async function readPlan(page: Page): Promise<{ plan: ApiPlan; milestones: ApiMilestone[] }> {
  return page.evaluate(async (title) => {
    const plans = (await (await fetch('/api/plans')).json()) as ApiPlan[]
    const plan = plans.find((candidate) => candidate.title === title)!
    const milestones = (await (await fetch(`/api/milestones?planId=${plan.id}`)).json()) as ApiMilestone[]
    return { plan, milestones }
  }, PLAN)
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, 'the page scrolls sideways').toBe(0)
}

test('a member’s home shows the picture of the plan their boards scrutinise and follow: status by theme in words, what slipped and what is late, each linked', async ({ page }, testInfo) => {
  test.slow()
  await openApp(page, '/')
  await actAs(page, people.member)
  const { plan, milestones } = await readPlan(page)
  const open = milestones.filter((milestone) => !milestone.closedOn)

  // One picture, naming both of the member's boards and how each stands to the plan.
  const picture = page.getByRole('region', { name: PLAN })
  await expect(picture).toHaveCount(1)
  await expect(picture).toContainText(
    'Your boards: Cabinet Committee on Performance Improvement follows it; Children and Young People Scrutiny Board scrutinises it.',
  )
  await expect(picture.getByRole('link', { name: PLAN })).toHaveAttribute('href', `/plans/${plan.id}`)

  // Status by theme: every theme, in the plan's order, its counts in words (off track, at risk…), linked to the theme.
  const themes = picture.getByRole('list', { name: 'Status by theme' }).getByRole('listitem')
  await expect(themes).toHaveCount(plan.themes.length)
  for (const [index, theme] of plan.themes.entries()) {
    const row = themes.nth(index)
    await expect(row.getByRole('link', { name: theme.title })).toHaveAttribute('href', `/plans/${plan.id}?theme=${theme.id}`)
    const inTheme = open.filter((milestone) => milestone.themeId === theme.id)
    for (const [rag, words] of [['red', 'off track'], ['amber', 'at risk'], ['green', 'on track'], ['not-started', 'not started']] as const) {
      const count = inTheme.filter((milestone) => milestone.rag === rag).length
      if (count > 0) await expect(row).toContainText(`${count} ${words}`)
      else await expect(row).not.toContainText(words)
    }
  }
  await expect(picture.getByText('Open milestones in each theme, off track first.')).toBeVisible()

  // What slipped (not yet late) and what is late, each in the order said above it, each milestone a link to its page.
  const slipped = open.filter((milestone) => milestone.slipped && !milestone.overdue && milestone.rag !== 'blue')
  const late = open.filter((milestone) => milestone.overdue).sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  expect(slipped.length, 'the demo has something slipped').toBeGreaterThan(0)
  expect(late.length, 'the demo has something late').toBeGreaterThan(0)
  await expect(picture.getByText(/open milestones? due later than the date agreed with the plan, not yet late\. Most urgent first/)).toBeVisible()
  await expect(picture.getByText(/past the due date and not complete\. Most urgent first: the longest overdue first/)).toBeVisible()

  const slippedList = picture.getByRole('list', { name: 'What slipped' })
  const lateList = picture.getByRole('list', { name: 'What is late' })
  // Each milestone's one link is its title, to its page.
  await expect(slippedList.getByRole('link')).toHaveText(slippedTitlesInOrder(slipped).slice(0, 5))
  await expect(lateList.getByRole('link')).toHaveText(late.slice(0, 5).map((milestone) => milestone.title))
  await expect(lateList.getByRole('link').first()).toHaveAttribute('href', `/milestones/${late[0]!.id}`)
  const slippedItems = slippedList.getByRole('listitem').filter({ has: page.getByRole('link') })
  const lateItems = lateList.getByRole('listitem').filter({ has: page.getByRole('link') })
  for (const item of await slippedItems.all()) await expect(item.getByText('Slipped', { exact: true })).toBeVisible()
  for (const item of await lateItems.all()) await expect(item.getByText(/^(Overdue|On track, but overdue)$/)).toBeVisible()

  // The page passes axe, and at a phone's width the picture reads without sideways scrolling.
  await expectNoAxeViolations(page)
  await page.screenshot({ path: testInfo.outputPath('member-home-1280.png'), fullPage: true })
  await page.setViewportSize({ width: 375, height: 800 })
  await expectNoSidewaysScroll(page)
  await page.screenshot({ path: testInfo.outputPath('member-home-375.png'), fullPage: true })

  // The longest-overdue milestone opens its own page.
  await lateList.getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(escape(late[0]!.title)) })).toBeVisible()
})

test('the scrutiny board’s page links to the improvement plan it scrutinises', async ({ page }) => {
  await openApp(page, '/boards/board-scrutiny')
  await actAs(page, people.member)
  await expect(page.getByText('This board has no improvement plan of its own. It scrutinises the improvement plan of Children’s Services Improvement Board:')).toContainText(PLAN)
  await page.getByRole('link', { name: PLAN }).click()
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(escape(PLAN)) })).toBeVisible()
})

/** The slipped milestones as the picture orders them: off track, then stale, then due within 14 days, then the rest; soonest due first within each. */
function slippedTitlesInOrder(slipped: ApiMilestone[]): string[] {
  const fortnight = new Date(TODAY.getTime() + 14 * 86_400_000).toISOString().slice(0, 10)
  const rank = (milestone: ApiMilestone) => (milestone.rag === 'red' ? 1 : milestone.stale ? 2 : milestone.dueDate <= fortnight ? 3 : 4)
  return [...slipped].sort((a, b) => rank(a) - rank(b) || a.dueDate.localeCompare(b.dueDate)).map((milestone) => milestone.title)
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
