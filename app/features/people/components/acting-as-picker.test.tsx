import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { loadDemoData } from '@/testing/mocked-api'
import { useActingAsStore } from '@/stores/acting-as-store'

beforeEach(async () => {
  await loadDemoData()
})

const bar = () => screen.getByRole('region', { name: 'Who you are acting as' })

describe('the one "act as" pattern', () => {
  it('has the same label, button and sentence in the bar, on home and in settings', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: /Children’s services improvement/ })
    const main = screen.getByRole('main')
    for (const place of [bar(), main]) {
      expect(within(place).getByRole('combobox', { name: 'Act as' })).toBeVisible()
      expect(within(place).getByRole('button', { name: 'Act as this person' })).toBeVisible()
      expect(place).toHaveTextContent('You are not acting as anyone: you can look at everything.')
    }
  })

  it('says who you act as, naming the board a chair chairs, and moves the focus to that sentence after a choice', async () => {
    const user = userEvent.setup()
    renderApp('/settings')
    await screen.findByRole('heading', { level: 1, name: 'Settings' })
    const main = screen.getByRole('main')
    await user.selectOptions(within(main).getByRole('combobox', { name: 'Act as' }), 'p-cabinet-chair')
    await user.click(within(main).getByRole('button', { name: 'Act as this person' }))
    expect(useActingAsStore.getState().personId).toBe('p-cabinet-chair')
    const said = 'You are acting as Cllr Raj Malhotra (chair of the Cabinet Committee on Performance Improvement).'
    expect(main).toHaveTextContent(said)
    expect(bar()).toHaveTextContent(said)
    await waitFor(() => expect(within(main).getByText(/You are acting as/)).toHaveFocus())
    // The bar's choice follows the one made in the page.
    expect(within(bar()).getByRole('combobox', { name: 'Act as' })).toHaveValue('p-cabinet-chair')
  })

  it('says what to do when the button is pressed with nobody chosen', async () => {
    const user = userEvent.setup()
    renderApp('/boards')
    await screen.findByRole('heading', { level: 1, name: 'Boards' })
    await user.click(within(bar()).getByRole('button', { name: 'Act as this person' }))
    expect(within(bar()).getByRole('combobox', { name: 'Act as' })).toHaveAccessibleDescription('Error: Choose who you are acting as')
    expect(useActingAsStore.getState().personId).toBeNull()
  })

  it('after a choice in the bar, moves the focus to the sentence saying who you now act as (the bar does not redraw itself)', async () => {
    const user = userEvent.setup()
    renderApp('/boards', { actingAs: 'p-dcs' })
    await screen.findByRole('heading', { level: 1, name: 'Boards' })
    expect(bar()).toHaveTextContent('You are acting as Helen Okafor (director or head of service).')
    await user.selectOptions(within(bar()).getByRole('combobox', { name: 'Act as' }), 'p-member-osei')
    await user.click(within(bar()).getByRole('button', { name: 'Act as this person' }))
    expect(bar()).toHaveTextContent('You are acting as Cllr Samuel Osei (elected member, read only).')
    await waitFor(() => expect(within(bar()).getByText(/You are acting as/)).toHaveFocus())
  })
})
