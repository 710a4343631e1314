import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, people, test } from './fixtures'
import { trackerXlsx } from './rag-tracker'

/**
 * Every page of the app, at a small phone's width (320), a usual phone's (375) and a tablet's
 * (768), as the person who sees that page's content: no page is wider than the screen, so none
 * scrolls sideways, and no chart's words are under 12px. Members read packs on their phones on
 * the way to meetings.
 */

const WIDTHS = [320, 375, 768]
const NEXT = '/meetings/meeting-improvement-2026-12-03'
const LAST = '/meetings/meeting-improvement-2026-11-05'
const NOT_FOUND = '/no-such-page'

const admin = people.admin
const chair = people.improvementChair
const director = people.director
const member = people.member

/** A page to visit and who looks at it. */
type Visit = [path: string, as: { id: string; name: string }]

const groups: Record<string, Visit[]> = {
  'home and boards': [
    ['/', chair],
    ['/', director],
    ['/', member],
    ['/boards', chair],
    ['/boards/new', chair],
    ['/boards/board-improvement', chair],
    ['/boards/board-scrutiny', people.scrutinyChair],
    ['/boards/board-cabinet', member],
  ],
  'a board’s forms': [
    ['/boards/board-improvement/meetings/new', chair],
    ['/boards/board-improvement/meetings/series', chair],
    ['/boards/board-improvement/plans/new', chair],
    ['/boards/board-improvement/actions', chair],
  ],
  'the plan and its milestones': [
    ['/plans/plan-northshire', chair],
    ['/plans/plan-northshire', member],
    ['/plans/plan-northshire/edit', chair],
    ['/plans/plan-northshire/timeline', chair],
    ['/plans/plan-northshire/milestones/new', chair],
    ['/plans/plan-northshire/import', chair],
    ['/plans/plan-northshire/agree', chair],
    ['/plans/plan-northshire/measures/new', chair],
    ['/milestones/milestone-13', director],
    ['/milestones/milestone-13/edit', chair],
    ['/milestones/milestone-01', chair],
  ],
  'meetings': [
    ['/meetings', chair],
    [NEXT, chair],
    [`${NEXT}/edit`, chair],
    [`${NEXT}/agenda`, chair],
    [`${NEXT}/publish`, chair],
    [`${NEXT}/packs`, chair],
    [`${NEXT}/changes`, chair],
  ],
  'changing a meeting': [
    [`${NEXT}/cancel-or-move`, chair],
    [`${NEXT}/move`, chair],
    [`${NEXT}/cancel`, chair],
    [`${NEXT}/actions/new`, chair],
  ],
  'a meeting’s record and packs': [
    [LAST, chair],
    [LAST, member],
    [`${LAST}/record`, chair],
    [`${LAST}/minutes`, chair],
    [`${LAST}/packs`, chair],
    [`${LAST}/packs/1`, member],
    [`${LAST}/changes`, chair],
  ],
  'reports': [
    ['/reports', chair],
    ['/reports', director],
    ['/reports/new', chair],
    ['/reports/report-cin-review', director],
    ['/reports/report-progress-4', chair],
    ['/reports/report-monitoring-response', chair],
  ],
  'actions, inspections and measures': [
    ['/actions/action-agency-cover', director],
    ['/actions/action-agency-cover/edit', chair],
    ['/actions/action-member-briefing', chair],
    ['/inspections', chair],
    ['/inspections/new', chair],
    ['/inspections/inspection-ilacs', chair],
    ['/inspections/inspection-ilacs/edit', chair],
    ['/measures/measure-caseloads', director],
    ['/measures/measure-caseloads/edit', chair],
    ['/measures/measure-agency-rate', chair],
  ],
  'people, settings, audit and the rest': [
    ['/people', admin],
    ['/people/new', admin],
    ['/people/p-safeguarding', admin],
    ['/people/p-improvement-chair', admin],
    ['/people/p-safeguarding/edit', admin],
    ['/settings', admin],
    ['/audit', admin],
    ['/welcome', admin],
    [NOT_FOUND, chair],
  ],
}

async function actAsStored(page: Page, personId: string): Promise<void> {
  await page.evaluate((id) => localStorage.setItem('improvement-tracker:acting-as', JSON.stringify({ state: { personId: id }, version: 0 })), personId)
}

/**
 * Charts stay readable: every word a chart draws is at least 12px on the screen (its CSS size
 * times the chart's scale), or the chart gives way to its table. Says which are not.
 */
async function unreadableCharts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('figure.app-chart')).flatMap((figure) => {
      const title = figure.querySelector('h2')?.textContent ?? 'a chart'
      const svg = figure.querySelector<SVGSVGElement>('svg.app-chart__svg')
      if (!svg) return figure.querySelector('table') && figure.querySelector('table')!.getBoundingClientRect().height > 0 ? [] : [`${title}: neither chart nor table`]
      const smallest = Math.min(...Array.from(svg.querySelectorAll('text')).map((text) => parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1)))
      return smallest < 12 ? [`${title}: words ${smallest.toFixed(1)} px`] : []
    }),
  )
}

/** How far the page is wider than the screen, and the widest things sticking out past its right edge. */
async function overflow(page: Page): Promise<{ by: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement
    const width = root.clientWidth
    const culprits: string[] = []
    // A stacked table's header row is clipped to nothing on a phone: it sticks out unseen.
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect()
      if (box.right > width + 0.5 && box.width > 0 && !element.closest('thead')) {
        const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''}`
        culprits.push(`${name} (right ${Math.round(box.right)})`)
      }
    }
    return { by: root.scrollWidth - width, culprits: culprits.slice(0, 6) }
  })
}

/** Visits each page as its person and checks it at each width; says every page, width and problem found. */
async function problemsOn(page: Page, visits: Visit[]): Promise<string[]> {
  const failures: string[] = []
  let actingAs = ''
  for (const [path, person] of visits) {
    if (person.id !== actingAs) {
      await actAsStored(page, person.id)
      actingAs = person.id
    }
    await page.setViewportSize({ width: WIDTHS[0]!, height: 800 })
    await page.goto(path)
    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading, path).toBeVisible()
    const title = (await heading.textContent()) ?? ''
    // The page shows its content to this person, not a refusal or an error.
    if (path !== NOT_FOUND) expect(title, `${path} as ${person.name}`).not.toMatch(/Sorry|may not|not found/i)
    await expect(page.getByText(/You may not|You cannot see/), `${path} as ${person.name}`).toHaveCount(0)
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 })
      const { by, culprits } = await overflow(page)
      if (by > 0) failures.push(`${path} (as ${person.name}) at ${width} px: ${by} px too wide — ${culprits.join(', ')}`)
      for (const chart of await unreadableCharts(page)) failures.push(`${path} (as ${person.name}) at ${width} px: ${chart}`)
    }
  }
  return failures
}

for (const [group, visits] of Object.entries(groups)) {
  test(`no page scrolls sideways and every chart is readable at 320, 375 and 768 px: ${group}`, async ({ page }) => {
    // Up to a dozen pages, each at three widths.
    test.slow()
    expect(await problemsOn(page, visits), 'pages that scroll sideways or draw words too small').toEqual([])
  })
}

test('long unbroken words, web addresses and emails wrap rather than widen the page', async ({ page }) => {
  test.slow()
  const address = `https://intranet.northshire.gov.uk/childrens-services/improvement/evidence/${'assessment-timeliness-'.repeat(4)}audit.pdf`
  const email = `safeguarding.quality.assurance.${'team.'.repeat(6)}lead@northshire.gov.uk`
  const statuses = await page.evaluate(
    async ({ address, email, chairId, directorId }) => {
      const send = (method: string, path: string, as: string, body: unknown) =>
        fetch(path, { method, headers: { 'Content-Type': 'application/json', 'X-Acting-As': as, 'If-Match': '*' }, body: JSON.stringify(body) }).then((response) => response.status)
      return [
        await send('PATCH', '/api/milestones/milestone-13', chairId, { title: `Evidence at ${address.slice(0, 150)}`, description: `See ${address}` }),
        await send('POST', '/api/milestones/milestone-13/updates', directorId, { rag: 'amber', commentary: `Audit at ${address}; ask ${email}`, recoveryAction: `Write to ${email} by ${address}` }),
      ]
    },
    { address, email, chairId: chair.id, directorId: director.id },
  )
  expect(statuses.every((status) => status < 300), `the writes were refused: ${statuses.join(', ')}`).toBe(true)
  const failures = await problemsOn(page, [
    ['/milestones/milestone-13', director],
    ['/plans/plan-northshire', chair],
    ['/', director],
    [NEXT, member],
  ])
  expect(failures, 'pages that scroll sideways').toEqual([])
})

test('stacked tables stay tables to a screen reader on a phone, and pass axe there', async ({ page }) => {
  test.slow()
  await actAsStored(page, chair.id)
  await page.setViewportSize({ width: 375, height: 800 })
  for (const [path, caption] of [
    ['/plans/plan-northshire', /^Leadership, governance and management oversight/],
    ['/boards/board-improvement', 'Milestones by theme and status'],
    ['/reports', /Follow-up reports/],
    [`${LAST}/packs/1`, /overdue now/],
  ] as const) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const table = page.getByRole('table', { name: caption }).first()
    await expect(table, path).toBeVisible()
    // Each row is still a row of cells, with its column's name said once.
    await expect(table.getByRole('row').nth(1).getByRole('cell').first(), path).toBeVisible()
    await expectNoAxeViolations(page)
  }
})

test('a spreadsheet’s import preview is one labelled block per row on a phone, with nothing to scroll sideways', async ({ page }) => {
  test.slow()
  await actAsStored(page, chair.id)
  await page.goto('/plans/plan-northshire/import')
  await page.getByLabel(/Choose (the|a different) spreadsheet/).setInputFiles({
    name: 'Northshire RAG tracker.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await trackerXlsx(),
  })
  await page.getByRole('button', { name: 'Read the file' }).click()
  await page.getByRole('combobox', { name: 'Due date' }).selectOption({ label: 'Column E: Complete by' })
  const preview = page.getByRole('table', { name: 'Every row of the spreadsheet below its headings' })
  await expect(preview).toBeVisible()
  const failures: string[] = []
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 })
    const { by, culprits } = await overflow(page)
    if (by > 0) failures.push(`at ${width} px the page is ${by} px too wide — ${culprits.join(', ')}`)
    const hidden = await preview.evaluate((table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth)
    if (width < 768 && hidden > 0) failures.push(`at ${width} px the preview hides ${hidden} px to scroll to`)
  }
  expect(failures).toEqual([])
  await page.setViewportSize({ width: 375, height: 800 })
  await expect(preview.getByRole('row', { name: /Leadership development programme/ })).toContainText('Owner')
})
