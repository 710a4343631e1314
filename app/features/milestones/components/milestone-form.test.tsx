import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { CHAIR, loadDemoData } from '@/testing/mocked-api'
import { renderApp } from '@/testing/render-app'

beforeEach(async () => {
  await loadDemoData()
})

describe('adding a milestone with nothing chosen', () => {
  it('lists each problem in the contract’s plain words, in the order of the fields, and saves nothing', async () => {
    const user = userEvent.setup()
    renderApp('/plans/plan-northshire/milestones/new', { actingAs: CHAIR })
    await user.click(await screen.findByRole('button', { name: 'Add milestone' }))

    const summary = await screen.findByRole('alert')
    const messages = within(summary).getAllByRole('link').map((link) => link.textContent)
    expect(messages).toEqual(['Enter the milestone’s title', 'Select a theme', 'Select an owner', 'Enter the due date'])
    expect(summary.textContent).not.toMatch(/invalid input|expected|received/i)
    // Each message also stands beside its field.
    expect(screen.getByLabelText('Theme').closest('.govuk-form-group')).toHaveTextContent('Select a theme')
  })
})
