import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { loadDemoData, stored, TEST_TODAY } from '@/testing/mocked-api'

/** The improvement board's next meeting: its standing agenda, not yet saved. */
const NEXT = 'meeting-improvement-2026-12-03'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

const agendaTitles = () =>
  within(screen.getByRole('region', { name: 'Agenda' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)

describe('changing a meeting’s agenda', () => {
  it('moves an item with the keyboard-friendly buttons, keeping focus on it, adds an item before any other business, and saves', async () => {
    const user = userEvent.setup()
    renderApp(`/meetings/${NEXT}/agenda`, { actingAs: 'p-improvement-chair' })
    await user.click(await screen.findByRole('button', { name: 'Move up item 3, Improvement plan: progress report' }))

    // Focus follows the item to its new place, and a screen reader hears where it went.
    expect(screen.getByRole('button', { name: 'Move up item 2, Improvement plan: progress report' })).toHaveFocus()
    expect(screen.getByText('Moved up: item 2, Improvement plan: progress report.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Move up item 2, Improvement plan: progress report' }))
    // At the top it cannot go higher: focus moves to the other button.
    expect(screen.getByRole('button', { name: 'Move down item 1, Improvement plan: progress report' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Add an item' }))
    const added = screen.getByRole('textbox', { name: /^Item 6/ })
    expect(added).toHaveFocus()
    await user.type(added, 'Ofsted monitoring visit: the letter')
    // A report's item stays: it has no Remove button.
    expect(screen.getByRole('button', { name: 'Move up item 4, Improvement plan progress report' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Remove item 4, Improvement plan progress report' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save the agenda' }))

    expect(await screen.findByText('The agenda is saved.')).toBeInTheDocument()
    expect(agendaTitles()).toEqual([
      '1. Improvement plan: progress report',
      '2. Apologies for absence',
      '3. Minutes of the last meeting',
      '4. Improvement plan progress report',
      '5. Review of all children-in-need cases',
      '6. Ofsted monitoring visit: the letter',
      '7. Any other business',
    ])
    const meeting = await stored.meetings.get(NEXT)
    expect(meeting?.agenda?.map((item) => item.kind)).toEqual(['progress', 'apologies', 'minutes', 'report', 'report', 'item', 'aob'])
  })

  it('shows a missing title in the error summary and beside the field, and saves nothing', async () => {
    const user = userEvent.setup()
    renderApp(`/meetings/${NEXT}/agenda`, { actingAs: 'p-improvement-chair' })
    await user.click(await screen.findByRole('button', { name: 'Add an item' }))
    await user.click(screen.getByRole('button', { name: 'Save the agenda' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Enter the item’s title' })).toHaveAttribute('href', '#agenda-title-5')
    expect(screen.getByRole('textbox', { name: /^Item 6/ })).toHaveAccessibleDescription(/Enter the item’s title/)
    expect((await stored.meetings.get(NEXT))?.agenda).toBeUndefined()
  })

  it('keeps the chair’s agenda when someone else changed the meeting, and saves it on top when asked', async () => {
    const user = userEvent.setup()
    renderApp(`/meetings/${NEXT}/agenda`, { actingAs: 'p-improvement-chair' })
    await user.click(await screen.findByRole('button', { name: 'Add an item' }))
    await user.type(screen.getByRole('textbox', { name: /^Item 6/ }), 'Budget monitoring')
    // Meanwhile, in another tab, the meeting moves to another room.
    const before = await stored.meetings.get(NEXT)
    await stored.meetings.update(NEXT, { location: 'Committee Room 1', version: (before?.version ?? 1) + 1 })
    await user.click(screen.getByRole('button', { name: 'Save the agenda' }))

    const conflict = await screen.findByRole('alert', { name: 'Not saved: someone else changed this meeting' })
    expect(screen.getByRole('textbox', { name: /^Item 6/ })).toHaveValue('Budget monitoring')
    await user.click(within(conflict).getByRole('button', { name: 'Save my agenda on top' }))

    expect(await screen.findByText('The agenda is saved.')).toBeInTheDocument()
    expect(agendaTitles()).toContain('6. Budget monitoring')
    expect((await stored.meetings.get(NEXT))?.location).toBe('Committee Room 1')
  })

  it('offers a member no way to change it', async () => {
    renderApp(`/meetings/${NEXT}`, { actingAs: 'p-member-ashworth' })
    expect(await screen.findByRole('region', { name: 'Agenda' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Change the agenda' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Add an action' })).toBeNull()
    expect(screen.queryByRole('link', { name: /^Change( the|$)/ })).toBeNull()
  })
})
