import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { loadDemoData, server, stored, TEST_TODAY } from '@/testing/mocked-api'

/** The improvement board's last meeting, recorded by its clerk in the demo; and its next one. */
const LAST = 'meeting-improvement-2026-11-05'
const NEXT = 'meeting-improvement-2026-12-03'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

const presence = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) })

describe('recording a meeting', () => {
  it('saves attendance, others present and a decision, and shows them on the meeting page', async () => {
    const user = userEvent.setup()
    renderApp(`/meetings/${LAST}/record`, { actingAs: 'p-improvement-chair' })
    // What the clerk recorded is there to correct.
    expect(within(await screen.findByRole('group', { name: /^Priya Natarajan/ })).getByRole('radio', { name: 'Apologies' })).toBeChecked()
    await user.click(within(presence('Cllr Raj Malhotra')).getByRole('radio', { name: 'Apologies' }))
    await user.click(within(presence('Sarah Whitfield')).getByRole('radio', { name: 'Present' }))
    const aob = screen.getByRole('textbox', { name: /Any other business$/ })
    expect(aob).toHaveAccessibleDescription(/RESOLVED that/)
    await user.type(aob, 'RESOLVED that the board meet the new DfE adviser in January.')
    await user.click(screen.getByRole('button', { name: 'Save the record' }))

    expect(await screen.findByText('The record of the meeting is saved.')).toBeInTheDocument()
    const attendance = screen.getByRole('region', { name: 'Attendance' })
    expect(within(attendance).getByText('Sarah Whitfield')).toBeInTheDocument()
    expect(within(attendance).getByText('Cllr Raj Malhotra')).toBeInTheDocument()
    expect(screen.getByText('RESOLVED that the board meet the new DfE adviser in January.')).toBeInTheDocument()
    const meeting = await stored.meetings.get(LAST)
    expect(meeting?.attendance?.apologies).toEqual(['p-cabinet-chair', 'p-children-in-care'])
    expect(meeting?.attendance?.present).toContain('p-performance')
  })

  it('keeps everything typed when the save fails, and says why', async () => {
    server.use(
      http.patch('*/api/meetings/:id', () =>
        HttpResponse.json(
          { type: '/problems/storage', title: 'Not saved: storage is full', status: 507, detail: 'The browser has no room left to save this. Nothing was changed.' },
          { status: 507, headers: { 'X-Local-API': '1', 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const user = userEvent.setup()
    renderApp(`/meetings/${LAST}/record`, { actingAs: 'p-improvement-chair' })
    await user.click(within(await screen.findByRole('group', { name: /^Sarah Whitfield/ })).getByRole('radio', { name: 'Present' }))
    await user.type(screen.getByRole('textbox', { name: /Any other business$/ }), 'RESOLVED that nothing else be taken.')
    await user.click(screen.getByRole('button', { name: 'Save the record' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Not saved. The browser has no room left to save this. Nothing was changed.')
    expect(screen.getByRole('textbox', { name: /Any other business$/ })).toHaveValue('RESOLVED that nothing else be taken.')
    expect(within(presence('Sarah Whitfield')).getByRole('radio', { name: 'Present' })).toBeChecked()
  })

  it('waits for the meeting’s day, and is the chair’s alone', async () => {
    const { unmount } = renderApp(`/meetings/${NEXT}/record`, { actingAs: 'p-improvement-chair' })
    expect(await screen.findByText(/You can record it from its day, Thursday 3 December 2026/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save the record' })).toBeNull()
    unmount()
    renderApp(`/meetings/${LAST}/record`, { actingAs: 'p-safeguarding' })
    expect(await screen.findByText('Only the chair of Children’s Services Improvement Board may schedule or change its meetings.')).toBeInTheDocument()
  })
})
