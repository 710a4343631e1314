import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { ADMIN, CHAIR, DIRECTOR, loadDemoData, MEMBER } from '@/testing/mocked-api'

beforeEach(async () => {
  await loadDemoData()
})

/** The rows of the table of changes (not its header). */
const changeRows = () => within(screen.getByRole('table', { name: 'Changes, newest first' })).getAllByRole('row').slice(1)

describe('who changed what', () => {
  it('shows an administrator every change, 100 a page, with older changes a link away', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/audit', { actingAs: ADMIN })
    expect(await screen.findByRole('heading', { level: 1, name: 'Who changed what' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Menu' })).toContainElement(screen.getByRole('link', { name: 'Who changed what' }))
    // A long table shows its first rows at once and the rest a moment later (app/lib/use-growing-count.ts).
    await waitFor(() => expect(changeRows()).toHaveLength(100))
    const firstRow = changeRows()[0]!
    expect(within(screen.getByRole('table', { name: 'Changes, newest first' })).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['When', 'Who', 'What changed', 'Item'])
    expect(within(firstRow).getAllByRole('cell')).toHaveLength(4)

    await user.click(screen.getByRole('link', { name: 'Older changes' }))
    await waitFor(() => expect(router.state.location.search).toMatch(/^\?cursor=/))
    await waitFor(() => expect(changeRows()[0]).not.toBe(firstRow))
    expect(screen.getByRole('link', { name: 'Newest changes' })).toHaveAttribute('href', '/audit')
  })

  it('filters by who made the change, keeping the filters in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/audit', { actingAs: CHAIR })
    await screen.findByRole('heading', { level: 1, name: 'Who changed what' })
    // A chair sees only the boards they chair.
    const boards = within(screen.getByRole('combobox', { name: 'Board' })).getAllByRole('option').map((option) => option.textContent)
    expect(boards).toEqual(['All the boards you chair', 'Children’s Services Improvement Board'])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Changed by' }), 'Mark Ellison')
    await user.click(screen.getByRole('button', { name: 'Show changes' }))
    await waitFor(() => expect(router.state.location.search).toBe('?personId=p-safeguarding'))
    await waitFor(() => expect(changeRows().every((row) => within(row).getAllByRole('cell')[1]!.textContent === 'Mark Ellison')).toBe(true))
  })

  it('says what is wrong with the dates in an error summary, and asks for nothing until they are right', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/audit', { actingAs: ADMIN })
    await screen.findByRole('heading', { level: 1, name: 'Who changed what' })
    const from = screen.getByRole('group', { name: /From/ })
    await user.type(within(from).getByRole('textbox', { name: 'Day' }), '31')
    await user.type(within(from).getByRole('textbox', { name: 'Month' }), '2')
    await user.type(within(from).getByRole('textbox', { name: 'Year' }), '2026')
    const to = screen.getByRole('group', { name: /To/ })
    await user.type(within(to).getByRole('textbox', { name: 'Day' }), '1')
    await user.type(within(to).getByRole('textbox', { name: 'Month' }), '1')
    await user.type(within(to).getByRole('textbox', { name: 'Year' }), '2026')
    await user.click(screen.getByRole('button', { name: 'Show changes' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'The ‘from’ date must be a real date' })).toHaveAttribute('href', '#from')
    expect(document.title).toBe('Error: Who changed what – Improvement Tracker')
    expect(router.state.location.search).toBe('')

    await user.clear(within(from).getByRole('textbox', { name: 'Day' }))
    await user.type(within(from).getByRole('textbox', { name: 'Day' }), '28')
    await user.click(screen.getByRole('button', { name: 'Show changes' }))
    expect(await within(screen.getByRole('alert')).findByRole('link', { name: 'The ‘to’ date must be the same as or after the ‘from’ date' })).toHaveAttribute('href', '#to')
  })

  it('shows a shared link with dates the wrong way round as an error, with the dates in the form', async () => {
    renderApp('/audit?from=2026-11-02&to=2026-11-01', { actingAs: ADMIN })
    expect(await screen.findByRole('link', { name: 'The ‘to’ date must be the same as or after the ‘from’ date' })).toBeInTheDocument()
    expect(within(screen.getByRole('group', { name: /From/ })).getByRole('textbox', { name: 'Day' })).toHaveValue('2')
    expect(screen.queryByRole('table')).toBeNull()
  })

  it.each([
    ['a director', DIRECTOR, 'Only chairs and administrators may see who changed what. Mark Ellison is neither.'],
    ['a member', MEMBER, 'Only chairs and administrators may see who changed what. Cllr David Ashworth is neither.'],
  ])('tells %s it is for chairs and administrators only, and the menu does not offer it', async (_who, actingAs, reason) => {
    renderApp('/audit', { actingAs })
    expect(await screen.findByText(reason)).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()
    expect(within(screen.getByRole('navigation', { name: 'Menu' })).queryByRole('link', { name: 'Who changed what' })).toBeNull()
  })
})

describe('a person’s page', () => {
  it('lists the changes to their role and boards: when, what and by whom', async () => {
    renderApp('/people/p-admin')
    expect(await screen.findByRole('heading', { level: 2, name: 'Changes to role and boards' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Changes to role and boards, newest first' })
    const [row] = within(table).getAllByRole('row').slice(1)
    expect(within(row!).getByText('Made an administrator')).toBeInTheDocument()
    expect(within(row!).getByText('Sarah Whitfield')).toBeInTheDocument()
  })

  it('says when none are recorded', async () => {
    renderApp('/people/p-dcs')
    expect(await screen.findByText('No changes to their role or boards have been recorded.')).toBeInTheDocument()
  })
})
