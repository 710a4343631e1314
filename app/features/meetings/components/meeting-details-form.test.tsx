import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { loadDemoData, stored, TEST_TODAY } from '@/testing/mocked-api'

const NEXT = 'meeting-improvement-2026-12-03'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

const summaryValue = (key: string) => screen.getByText(key, { selector: 'dt.govuk-summary-list__key' }).nextElementSibling

describe('changing when and where a meeting is held', () => {
  it('reads the time as typed, and shows the time and venue on the meeting page', async () => {
    const user = userEvent.setup()
    renderApp(`/meetings/${NEXT}`, { actingAs: 'p-improvement-chair' })
    await screen.findByText('Time', { selector: 'dt.govuk-summary-list__key' })
    expect(summaryValue('Time')).toHaveTextContent('Not set yet')
    await user.click(screen.getByRole('link', { name: 'Change the time' }))

    const time = await screen.findByLabelText('Start time (optional)')
    await user.type(time, 'tea time')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Enter a real time, like 10am, 2:30pm or 14:30' })).toHaveAttribute('href', '#time')

    await user.clear(time)
    await user.type(time, '2.30pm')
    expect(time).toHaveAccessibleDescription(/Read as 2:30pm/)
    const where = screen.getByLabelText('Where')
    await user.clear(where)
    await user.type(where, 'Committee Room 2, County Hall')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByText('The meeting’s date, time and venue are saved.')).toBeInTheDocument()
    expect(summaryValue('Time')).toHaveTextContent('2:30pm')
    expect(summaryValue('Where')).toHaveTextContent('Committee Room 2, County Hall')
    expect((await stored.meetings.get(NEXT))?.time).toBe('14:30')
  })

  it('asks for a venue rather than silently keeping the old one', async () => {
    const user = userEvent.setup()
    renderApp(`/meetings/${NEXT}/edit`, { actingAs: 'p-improvement-chair' })
    await user.clear(await screen.findByLabelText('Where'))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Enter where the meeting is held' })).toBeInTheDocument()
  })
})

describe('scheduling a meeting', () => {
  it('takes its start time', async () => {
    const user = userEvent.setup()
    renderApp('/boards/board-improvement/meetings/new', { actingAs: 'p-improvement-chair' })
    await user.type(await screen.findByRole('textbox', { name: 'Day' }), '14')
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '1')
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2027')
    await user.type(screen.getByLabelText('Start time (optional)'), '10am')
    await user.click(screen.getByRole('button', { name: 'Schedule the meeting' }))
    expect(await screen.findByText(/^Meeting scheduled/)).toBeInTheDocument()
    expect(summaryValue('Time')).toHaveTextContent('10am')
  })
})

describe('the meeting page’s heading', () => {
  it('says where the meeting stands: before it, or its record once held', async () => {
    renderApp(`/meetings/${NEXT}`)
    expect(await screen.findByText('Children’s Services Improvement Board: before the meeting')).toBeInTheDocument()
  })

  it('calls a meeting already held its record, not "before the meeting"', async () => {
    const held = (await stored.meetings.toArray()).filter((meeting) => meeting.boardId === 'board-improvement' && meeting.date < NEXT.slice(-10)).at(-1)!
    renderApp(`/meetings/${held.id}`)
    expect(await screen.findByText('Children’s Services Improvement Board: the meeting record')).toBeInTheDocument()
    expect(screen.queryByText(/before the meeting/)).toBeNull()
  })
})
