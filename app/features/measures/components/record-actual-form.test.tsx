import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { stored, DIRECTOR, loadDemoData, TEST_TODAY } from '@/testing/mocked-api'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

describe('recording a month’s actual', () => {
  it('when someone else recorded the month since the page opened, says to correct it and keeps what was typed', async () => {
    const user = userEvent.setup()
    renderApp('/measures/measure-assessments-45', { actingAs: DIRECTOR })
    const form = within(await screen.findByRole('region', { name: 'Record an actual' }))
    await stored.measureActuals.add({
      id: 'actual-elsewhere',
      measureId: 'measure-assessments-45',
      month: '2026-11',
      value: 80,
      note: '',
      recordedById: 'p-improvement-chair',
      recordedAt: '2026-11-23T08:00:00.000Z',
      corrections: [],
      version: 1,
    })
    await user.type(form.getByRole('textbox', { name: 'Month' }), '11')
    await user.type(form.getByRole('textbox', { name: 'Year' }), '2026')
    await user.type(form.getByLabelText('Value (%)'), '83')
    await user.type(form.getByLabelText('Note (optional)'), 'Better after the new front door settled.')
    await user.click(form.getByRole('button', { name: 'Record actual' }))

    expect(await screen.findByText('Not saved. An actual for November 2026 is already recorded. Correct that month instead of recording it again.')).toBeInTheDocument()
    expect(form.getByLabelText('Value (%)')).toHaveValue('83')
    expect(form.getByLabelText('Note (optional)')).toHaveValue('Better after the new front door settled.')
    expect((await stored.measureActuals.get('actual-elsewhere'))!.value).toBe(80)
  })

  it('checks the value is a number before anything is sent', async () => {
    const user = userEvent.setup()
    renderApp('/measures/measure-assessments-45', { actingAs: DIRECTOR })
    const form = within(await screen.findByRole('region', { name: 'Record an actual' }))
    await user.type(form.getByRole('textbox', { name: 'Month' }), '11')
    await user.type(form.getByRole('textbox', { name: 'Year' }), '2026')
    await user.type(form.getByLabelText('Value (%)'), 'about eighty')
    await user.click(form.getByRole('button', { name: 'Record actual' }))

    const summary = within(await screen.findByRole('alert'))
    expect(summary.getByRole('link', { name: 'Enter the value as a number' })).toHaveAttribute('href', '#value')
    expect(await stored.measureActuals.where('measureId').equals('measure-assessments-45').count()).toBe(12)
  })
})
