import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { loadDemoData, stored, TEST_TODAY } from '@/testing/mocked-api'

/** The improvement board's last meeting, whose agenda the clerk recorded. */
const LAST = 'meeting-improvement-2026-11-05'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

describe('adding an action', () => {
  it('lists each problem in the order of the fields, and saves nothing', async () => {
    const user = userEvent.setup()
    renderApp(`/meetings/${LAST}/actions/new`, { actingAs: 'p-improvement-chair' })
    await user.click(await screen.findByRole('button', { name: 'Add the action' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter what is to be done',
      'Choose who owns the action',
      'Choose when the action is due',
    ])
    await user.selectOptions(screen.getByLabelText('Who owns it'), 'Someone else (not in the list)')
    await user.click(screen.getByRole('radio', { name: 'By a date' }))
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '31')
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '2')
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2027')
    await user.click(screen.getByRole('button', { name: 'Add the action' }))
    const again = within(await screen.findByRole('alert'))
    expect(again.getByRole('link', { name: 'Enter the name of who owns the action' })).toHaveAttribute('href', '#ownerName')
    expect(again.getByRole('link', { name: 'The date must be a real date, like 10 12 2026' })).toHaveAttribute('href', '#dueDate')
    expect(await stored.actions.count()).toBe(5)
  })

  it('records one owned by a director, due by the board’s next meeting, under an agenda item', async () => {
    const user = userEvent.setup()
    renderApp(`/meetings/${LAST}/actions/new?item=item-dfe-review`, { actingAs: 'p-improvement-chair' })
    await user.type(await screen.findByLabelText('What is to be done'), 'Bring the revised plan to the board.')
    await user.selectOptions(screen.getByLabelText('Who owns it'), 'Mark Ellison – Head of Service, Safeguarding and Quality Assurance')
    await user.click(screen.getByRole('radio', { name: 'By a meeting of this board' }))
    await user.selectOptions(screen.getByLabelText('Due by the meeting on'), '3 December 2026 (the next meeting)')
    expect(screen.getByLabelText('Under which agenda item')).toHaveDisplayValue('4. DfE adviser’s six-monthly review')
    await user.click(screen.getByRole('button', { name: 'Add the action' }))

    expect(await screen.findByText('The action is added.')).toBeInTheDocument()
    const agreed = within(screen.getByRole('region', { name: 'Actions agreed at this meeting' }))
    const row = agreed.getByRole('row', { name: /Bring the revised plan to the board/ })
    expect(row).toHaveTextContent('Mark Ellison')
    expect(row).toHaveTextContent('By the meeting on 3 December 2026')
    expect(row).toHaveTextContent('Open')
    const item = screen.getByRole('heading', { level: 3, name: '4. DfE adviser’s six-monthly review' }).closest('li')!
    expect(within(item).getByRole('link', { name: 'Bring the revised plan to the board.' })).toBeInTheDocument()
  })

  it('records one owned by someone outside the council’s people, by name', async () => {
    const user = userEvent.setup()
    renderApp(`/meetings/${LAST}/actions/new`, { actingAs: 'p-improvement-chair' })
    await user.type(await screen.findByLabelText('What is to be done'), 'Share the partnership’s audit.')
    await user.selectOptions(screen.getByLabelText('Who owns it'), 'Someone else (not in the list)')
    await user.type(screen.getByLabelText('Their name'), 'The Safeguarding Children Partnership')
    await user.click(screen.getByRole('radio', { name: 'Not set' }))
    await user.click(screen.getByRole('button', { name: 'Add the action' }))

    const row = await screen.findByRole('row', { name: /Share the partnership’s audit/ })
    expect(row).toHaveTextContent('The Safeguarding Children Partnership')
    expect(row).toHaveTextContent('Not set')
  })

  it('is the board chair’s alone', async () => {
    renderApp(`/meetings/${LAST}/actions/new`, { actingAs: 'p-scrutiny-chair' })
    expect(await screen.findByText('Only the chair of Children’s Services Improvement Board may record or change its actions.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add the action' })).toBeNull()
  })
})
