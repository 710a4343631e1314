import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { CHAIR, loadDemoData, MEMBER, stored, TEST_TODAY } from '@/testing/mocked-api'

const NEXT = 'meeting-improvement-2026-12-03'
const AFTER = 'meeting-improvement-2026-12-31'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

const summaryValue = (key: string) => screen.getByText(key, { selector: 'dt.govuk-summary-list__key' }).nextElementSibling as HTMLElement

async function typeDate(user: ReturnType<typeof userEvent.setup>, day: string, month: string, year: string) {
  for (const [label, value] of [['Day', day], ['Month', month], ['Year', year]] as const) {
    const field = await screen.findByRole('textbox', { name: label })
    await user.clear(field)
    await user.type(field, value)
  }
}

describe('warnings while scheduling', () => {
  it('warn of Christmas Day as it is typed, and the meeting is still scheduled, its page warning beside the date', async () => {
    const user = userEvent.setup()
    renderApp('/boards/board-improvement/meetings/new', { actingAs: CHAIR })
    await typeDate(user, '25', '12', '2026')
    expect(screen.getByText(/Friday 25 December 2026 is a bank holiday \(Christmas Day\)\. You can still schedule it\./)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Schedule the meeting' }))
    expect(await screen.findByText(/^Meeting scheduled/)).toBeInTheDocument()
    expect(within(summaryValue('Date')).getByText(/is a bank holiday \(Christmas Day\)/)).toBeInTheDocument()
  })

  it('warn of another of the board’s meetings on the new day, not of the meeting itself', async () => {
    const user = userEvent.setup()
    renderApp(`/meetings/${NEXT}/edit`, { actingAs: CHAIR })
    await screen.findByRole('textbox', { name: 'Day' })
    expect(screen.queryByText(/already has a meeting/)).toBeNull()
    await typeDate(user, '31', '12', '2026')
    expect(screen.getByText('The board already has a meeting on Thursday 31 December 2026. You can still save it.', { exact: false })).toBeInTheDocument()
  })
})

describe('a series of meetings', () => {
  it('previews its dates, with those moved off a bank holiday, then lands on the board’s meetings saying what it did', async () => {
    const user = userEvent.setup()
    const before = await stored.meetings.count()
    renderApp('/boards/board-improvement/meetings/series', { actingAs: CHAIR })
    await typeDate(user, '3', '5', '2027')
    await user.type(screen.getByLabelText('How many meetings'), '10')
    const preview = screen.getByRole('region', { name: 'The meetings this would schedule' })
    expect(within(preview).getByText(/^10 meetings, from Tuesday 4 May 2027/)).toBeInTheDocument()
    const items = within(preview).getAllByRole('listitem')
    expect(items).toHaveLength(10)
    expect(items[0]).toHaveTextContent('Tuesday 4 May 2027Moved from Monday 3 May 2027, a bank holiday (Early May bank holiday).')
    expect(items[1]).toHaveTextContent('Moved from Monday 31 May 2027, a bank holiday (Spring bank holiday).')
    await user.click(screen.getByRole('button', { name: 'Schedule these 10 meetings' }))
    expect(await screen.findByText('10 meetings scheduled. 2 were moved to the next working day: 3 May 2027 to 4 May 2027 and 31 May 2027 to 1 June 2027.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Meetings' })).toBeInTheDocument()
    expect(await stored.meetings.count()).toBe(before + 10)
  })
})

describe('cancelling or moving a meeting', () => {
  it('cancels it, its reports and actions going to the meeting the chair chose; its page then says where', async () => {
    const user = userEvent.setup()
    const due = (await stored.reports.toArray()).filter((report) => report.dueMeetingId === NEXT && ['requested', 'in-preparation', 'deferred'].includes(report.status))
    expect(due.length).toBeGreaterThan(0)
    renderApp(`/meetings/${NEXT}`, { actingAs: CHAIR })
    await user.click(await screen.findByRole('button', { name: 'Cancel or move this meeting' }))
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Select whether to move the meeting or cancel it' })).toHaveAttribute('href', '#choice')
    await user.click(screen.getByRole('radio', { name: 'Cancel it' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    await screen.findByRole('heading', { level: 1, name: /Cancel the meeting/ })
    for (const report of due) expect(screen.getByText(report.title)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Cancel the meeting' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Choose where its reports and actions go' })).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'The meeting on Thursday 31 December 2026' }))
    await user.click(screen.getByRole('button', { name: 'Cancel the meeting' }))

    expect(await screen.findByText(/^The meeting on 3 December 2026 is cancelled\. Its \d reports? and 1 action are moved to the meeting on 31 December 2026\.$/)).toBeInTheDocument()
    expect(summaryValue('Meeting')).toHaveTextContent('Cancelled')
    expect(within(summaryValue('Meeting')).getByRole('link', { name: 'Thursday 31 December 2026' })).toBeInTheDocument()
    expect((await stored.meetings.get(NEXT))?.status).toBe('cancelled')
    for (const report of due) expect((await stored.reports.get(report.id))?.dueMeetingId).toBe(AFTER)
    expect(screen.queryByRole('button', { name: 'Cancel or move this meeting' })).toBeNull()
  })

  it('moves it to a new date, warning of a bank holiday; its business stays with it', async () => {
    const user = userEvent.setup()
    renderApp(`/meetings/${NEXT}/cancel-or-move`, { actingAs: CHAIR })
    await user.click(await screen.findByRole('radio', { name: 'Move it to a new date' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: /Move the meeting to a new date/ })
    await typeDate(user, '28', '12', '2026')
    expect(screen.getByText(/Monday 28 December 2026 is a bank holiday \(Boxing Day\)/)).toBeInTheDocument()
    await typeDate(user, '10', '12', '2026')
    expect(screen.getByText('Papers would be due by Wednesday 2 December 2026.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Move the meeting' }))
    expect(await screen.findByText('The meeting is moved to Thursday 10 December 2026. Its reports and actions stay with it; papers are now due by 2 December 2026.')).toBeInTheDocument()
    expect((await stored.meetings.get(NEXT))?.date).toBe('2026-12-10')
  })

  it('is the chair’s alone: a member finds no way to it', async () => {
    renderApp(`/meetings/${NEXT}`, { actingAs: MEMBER })
    await screen.findByText('Date', { selector: 'dt.govuk-summary-list__key' })
    expect(screen.queryByRole('button', { name: 'Cancel or move this meeting' })).toBeNull()
    renderApp(`/meetings/${NEXT}/cancel`, { actingAs: MEMBER })
    expect(await screen.findByText('Only the chair of Children’s Services Improvement Board may schedule or change its meetings.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Cancel the meeting' })).toBeNull()
  })
})
