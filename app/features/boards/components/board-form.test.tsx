import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { loadDemoData, stored } from '@/testing/mocked-api'

beforeEach(async () => {
  await loadDemoData()
})

describe('adding a board', () => {
  it('shows each problem in the error summary and beside its field, keeping what was typed', async () => {
    const user = userEvent.setup()
    renderApp('/boards/new', { actingAs: 'p-improvement-chair' })
    await screen.findByRole('heading', { level: 1, name: 'Add a board' })
    await user.clear(screen.getByLabelText('Papers lead time, in clear working days'))
    await user.type(screen.getByLabelText('Papers lead time, in clear working days'), 'five')
    await user.click(screen.getByRole('button', { name: 'Add board' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Enter the board’s name' })).toHaveAttribute('href', '#name')
    expect(within(summary).getByRole('link', { name: 'Select what kind of board this is' })).toHaveAttribute('href', '#kind')
    expect(within(summary).getByRole('link', { name: /papers lead time as a whole number/ })).toBeTruthy()
    expect(screen.getByLabelText('Papers lead time, in clear working days')).toHaveValue('five')
  })

  it('saves a valid board and opens it with a success message', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/boards/new', { actingAs: 'p-improvement-chair' })
    await user.type(await screen.findByLabelText('Board name'), 'Corporate Parenting Panel')
    await user.click(screen.getByRole('radio', { name: 'Panel' }))
    await user.click(screen.getByRole('checkbox', { name: /Cllr Samuel Osei/ }))
    await user.click(screen.getByRole('button', { name: 'Add board' }))

    expect(await screen.findByRole('heading', { level: 1, name: /Corporate Parenting Panel/ })).toBeTruthy()
    expect(screen.getByText('Corporate Parenting Panel has been added.')).toBeTruthy()
    expect(router.state.location.pathname).toMatch(/^\/boards\/board-/)
  })

  it('asks whose plan a new scrutiny committee scrutinises, the improvement board by default, and its page links to that plan', async () => {
    const user = userEvent.setup()
    renderApp('/boards/new', { actingAs: 'p-improvement-chair' })
    await user.type(await screen.findByLabelText('Board name'), 'Corporate Parenting Scrutiny Panel')
    expect(screen.queryByLabelText('Whose improvement plan does it scrutinise?')).toBeNull()
    await user.click(screen.getByRole('radio', { name: 'Scrutiny committee' }))
    expect(screen.getByLabelText('Whose improvement plan does it scrutinise?')).toHaveValue('board-improvement')
    await user.click(screen.getByRole('button', { name: 'Add board' }))

    expect(await screen.findByRole('heading', { level: 1, name: /Corporate Parenting Scrutiny Panel/ })).toBeTruthy()
    expect(await screen.findByText(/It scrutinises the improvement plan of/)).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Northshire Children’s Services Improvement Plan' })).toHaveAttribute('href', '/plans/plan-northshire')
    const saved = (await stored.boards.toArray()).find((board) => board.name === 'Corporate Parenting Scrutiny Panel')
    expect(saved?.scrutinisesBoardId).toBe('board-improvement')
  })

  it('offers no form to a member', async () => {
    renderApp('/boards/new', { actingAs: 'p-member-ashworth' })
    expect(await screen.findByText(/Only board chairs can add boards/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Add board' })).toBeNull()
  })
})

describe('the boards page', () => {
  it('lists the boards and shows "Add a board" to chairs only', async () => {
    renderApp('/boards', { actingAs: 'p-member-ashworth' })
    expect(await screen.findByRole('link', { name: 'Children and Young People Scrutiny Board' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Add a board' })).toBeNull()
  })
})
