import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { CHAIR, DIRECTOR, MEMBER, loadDemoData } from '@/testing/mocked-api'

beforeEach(async () => {
  await loadDemoData()
})

/** The section a heading names. */
const region = async (name: string) => screen.findByRole('region', { name })

describe('a new due date on the milestone page', () => {
  it('checks the proposal as the API would, keeps what was typed, and leaves the due date until the chair agrees', async () => {
    const user = userEvent.setup()
    renderApp('/milestones/milestone-13', { actingAs: DIRECTOR })
    const propose = await region('Propose a new due date')
    const date = within(propose).getByRole('group', { name: 'Proposed new due date' })
    await user.type(within(date).getByLabelText('Day'), '3')
    await user.type(within(date).getByLabelText('Month'), '12')
    await user.type(within(date).getByLabelText('Year'), '2026')
    await user.click(within(propose).getByRole('button', { name: 'Propose the new date' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'The milestone is already due on 3 December 2026: enter a different date' })).toBeInTheDocument()
    expect(within(summary).getByRole('link', { name: 'Enter the reason for the new date' })).toBeInTheDocument()

    await user.clear(within(date).getByLabelText('Year'))
    await user.type(within(date).getByLabelText('Year'), '2027')
    await user.type(within(propose).getByLabelText('Why does the date need to change?'), 'New teams start in April.')
    await user.click(within(propose).getByRole('button', { name: 'Propose the new date' }))
    expect(await screen.findByText('Proposed: the new due date of 3 December 2027 awaits the chair’s agreement.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'New due date awaiting the chair' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Propose a new due date' })).not.toBeInTheDocument()
    // Only the chair decides.
    expect(screen.queryByRole('button', { name: 'Save the decision' })).not.toBeInTheDocument()
  })

  it('offers the chair a change that takes effect at once', async () => {
    renderApp('/milestones/milestone-13', { actingAs: CHAIR })
    expect(await region('Change the due date')).toHaveTextContent('your new date takes effect at once')
  })

  it('shows a member no forms at all', async () => {
    renderApp('/milestones/milestone-31', { actingAs: MEMBER })
    expect(await screen.findByRole('heading', { name: 'New due date awaiting the chair' })).toBeInTheDocument()
    expect(within(screen.getByRole('main')).queryByRole('button')).toBeNull()
  })
})

describe('the history of a milestone whose date moved', () => {
  it('reads as the board would say it: who asked, why, what the chair agreed', async () => {
    renderApp('/milestones/milestone-18')
    const agreed = (await screen.findByRole('heading', { name: /New due date agreed/ })).closest('li')!
    expect(agreed).toHaveTextContent(/Due date\s*9 October 2026 → 1 June 2027/)
    expect(agreed).toHaveTextContent(/Asked for by\s*Mark Ellison/)
    expect(agreed).toHaveTextContent('The chair’s note: Agreed on condition that the weekly audit of contact decisions comes to every board meeting until go-live.')
    const proposed = screen.getByRole('heading', { name: /New due date proposed to the chair/ }).closest('li')!
    expect(proposed).toHaveTextContent(/Proposed due date\s*1 June 2027, in place of 9 October 2026/)
    expect(screen.getByText('Baseline due date').closest('div')).toHaveTextContent('9 October 2026')
  })
})

describe('a completion awaiting sign-off', () => {
  it('says so in words, and offers the chair alone the decision', async () => {
    renderApp('/milestones/milestone-33', { actingAs: DIRECTOR })
    expect(await screen.findByText('Complete, awaiting sign-off', { selector: '.app-status-now .govuk-tag' })).toBeInTheDocument()
    expect(screen.queryByRole('radio', { name: 'Sign it off' })).not.toBeInTheDocument()
  })

  it('needs a reason to send it back', async () => {
    const user = userEvent.setup()
    renderApp('/milestones/milestone-33', { actingAs: CHAIR })
    const signOff = await region('Complete, awaiting sign-off')
    await user.click(within(signOff).getByRole('radio', { name: 'Send it back to its owner' }))
    await user.click(within(signOff).getByRole('button', { name: 'Save the decision' }))
    expect(await within(signOff).findByRole('link', { name: 'Enter why it is sent back' })).toBeInTheDocument()
  })
})
