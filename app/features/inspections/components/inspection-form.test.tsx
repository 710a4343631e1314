import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { CHAIR, stored, loadDemoData } from '@/testing/mocked-api'
import { renderApp } from '@/testing/render-app'

beforeEach(async () => {
  await loadDemoData()
})

describe('recording an inspection or a visit', () => {
  it('asks a full inspection for a grade per area of the chosen framework, and a visit for none', async () => {
    const user = userEvent.setup()
    renderApp('/inspections/new', { actingAs: CHAIR })
    await user.click(await screen.findByRole('radio', { name: /Full inspection/ }))
    expect(screen.getByLabelText('Overall effectiveness')).toBeInTheDocument()
    expect(screen.getByLabelText('The experiences and progress of care leavers')).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Inspection framework'), 'sif')
    expect(screen.getByLabelText('Adoption performance')).toBeInTheDocument()
    expect(screen.queryByLabelText('The experiences and progress of care leavers')).not.toBeInTheDocument()
    expect(within(screen.getByLabelText('Adoption performance')).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Not judged',
      'Outstanding',
      'Good',
      'Requires improvement to be good',
      'Inadequate',
    ])

    await user.click(screen.getByRole('radio', { name: /Monitoring visit/ }))
    expect(screen.queryByLabelText('Overall effectiveness')).not.toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Judgements' })).not.toBeInTheDocument()
    expect(screen.getByRole('group', { name: /Date the letter was published/ })).toBeInTheDocument()
  })

  it('names every problem beside its field, a recommendation’s by its row, and stores nothing', async () => {
    const user = userEvent.setup()
    const before = await stored.inspections.count()
    renderApp('/inspections/new', { actingAs: CHAIR })
    await user.click(await screen.findByRole('radio', { name: /Monitoring visit/ }))
    await user.click(screen.getByRole('button', { name: 'Add a recommendation' }))
    await user.click(screen.getByRole('button', { name: 'Add a recommendation' }))
    await user.clear(screen.getByLabelText('Number of recommendation 2'))
    await user.type(screen.getByLabelText('Number of recommendation 2'), '1')
    await user.type(screen.getByLabelText('What needs to improve (recommendation 1)'), 'Timely conferences.')
    await user.click(screen.getByRole('button', { name: 'Record the monitoring visit' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter the first day of the visit',
      'Enter the last day of the visit',
      'Enter the recommendation',
      'Two recommendations are numbered 1: give each its own number',
    ])
    expect(screen.getByLabelText('What needs to improve (recommendation 2)').closest('.govuk-form-group')).toHaveTextContent('Enter the recommendation')
    expect(screen.getByLabelText('What needs to improve (recommendation 1)').closest('.govuk-form-group')).not.toHaveTextContent('Enter the recommendation')
    expect(await stored.inspections.count()).toBe(before)
  })
})
