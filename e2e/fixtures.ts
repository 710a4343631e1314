import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/** A fixed "today" for journeys over the demo data: Monday 23 November 2026, 10am in London. */
export const TODAY = new Date('2026-11-23T10:00:00Z')

export const people = {
  improvementChair: { id: 'p-improvement-chair', name: 'Dame Alison Hartley' },
  scrutinyChair: { id: 'p-scrutiny-chair', name: 'Cllr Joanna Pryce' },
  director: { id: 'p-safeguarding', name: 'Mark Ellison' },
  member: { id: 'p-member-ashworth', name: 'Cllr David Ashworth' },
  /** The demo's administrator: restores and resets. */
  admin: { id: 'p-admin', name: 'Grace Adeyemi' },
} as const

/** Fails on any WCAG 2.2 A or AA violation axe finds on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`,
  )
  expect(summary, 'accessibility violations').toEqual([])
}

/** Checks the page as it is now with axe, and at a phone's width (375 px) that it never scrolls sideways. */
export async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page)
  const size = page.viewportSize()
  await page.setViewportSize({ width: 375, height: 800 })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, 'the page scrolls sideways').toBe(0)
  if (size) await page.setViewportSize(size)
}

/** Chooses who the app acts as, through the header picker as a person would. */
export async function actAs(page: Page, person: { id: string; name: string }): Promise<void> {
  const bar = actingAsBar(page)
  await bar.getByRole('combobox', { name: 'Act as' }).selectOption(person.id)
  await bar.getByRole('button', { name: 'Act as this person' }).click()
  await expect(bar).toContainText(`You are acting as ${person.name}`)
}

export function actingAsBar(page: Page) {
  return page.getByRole('region', { name: 'Who you are acting as' })
}

/** Opens a page of the app and waits until it has rendered (the local API is running by then). */
export async function openApp(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

/** Sets up the Northshire demo through the welcome page, as a person trying the app would. */
export async function startWithDemo(page: Page): Promise<void> {
  await page.goto('/welcome')
  await page.getByRole('button', { name: 'Start with the Northshire demo' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Children’s services improvement/ })).toBeVisible()
}

interface Fixtures {
  /** Which council a test begins with: the demo (the default), or none, for first-run journeys. */
  startWith: 'demo' | 'nothing'
  /** Sets up the council `startWith` names before the test begins. */
  council: void
  /** Every test sees the same "today", so the demo data is the same. */
  fixedClock: void
  /** Every test fails on any Content-Security-Policy violation in any page of its context. */
  cspViolations: void
}

export const test = base.extend<Fixtures>({
  startWith: ['demo', { option: true }],
  fixedClock: [
    async ({ page }, use) => {
      await page.clock.setFixedTime(TODAY)
      await use()
    },
    { auto: true },
  ],
  council: [
    async ({ page, startWith, fixedClock: _clock }, use) => {
      if (startWith === 'demo') await startWithDemo(page)
      await use()
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = []
      // The browser reports some violations (an eval probe, say) only as an event, never on the console.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`)
        })
      })
      const watch = (page: Page) =>
        page.on('console', (message) => {
          if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text())
        })
      context.pages().forEach(watch)
      context.on('page', watch)
      await use()
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
