import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { loadDemoData, stored, TEST_TODAY } from '@/testing/mocked-api'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

describe('marking an action done', () => {
  it('lets its owner mark it done with a note, and open it again', async () => {
    const user = userEvent.setup()
    renderApp('/actions/action-agency-cover', { actingAs: 'p-workforce' })
    expect(await screen.findByRole('heading', { level: 1, name: /Action from the meeting on 5 November 2026/ })).toBeInTheDocument()
    expect(document.querySelector('.app-status-now')).toHaveTextContent('Overdue')
    await user.type(screen.getByLabelText('Note (optional)'), 'Costs reported to the November budget panel.')
    await user.click(screen.getByRole('button', { name: 'Mark as done' }))

    expect(await screen.findByText('The action is marked as done.')).toBeInTheDocument()
    expect(document.querySelector('.app-status-now')).toHaveTextContent('Done')
    expect(screen.getByText('Costs reported to the November budget panel.')).toBeInTheDocument()
    expect((await stored.actions.get('action-agency-cover'))?.doneById).toBe('p-workforce')

    await user.click(screen.getByRole('button', { name: 'Open it again' }))
    expect(await screen.findByText('The action is open again.')).toBeInTheDocument()
    expect((await stored.actions.get('action-agency-cover'))?.status).toBe('open')
  })

  it('offers a member, or another officer, no way to mark it done', async () => {
    renderApp('/actions/action-agency-cover', { actingAs: 'p-member-ashworth' })
    expect(await screen.findByText('Its owner or the chair of Children’s Services Improvement Board marks it done.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Mark as done' })).toBeNull()
  })
})

describe('the board’s action log', () => {
  it('filters in the URL: open, overdue or done, each with its meeting', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/boards/board-improvement/actions', { actingAs: 'p-member-lloyd' })
    const log = await screen.findByRole('table')
    expect(within(log).getByText(/^Most urgent first/)).toBeInTheDocument()
    expect(within(log).getAllByRole('row')).toHaveLength(4)
    await user.click(screen.getByRole('link', { name: 'Overdue (1)' }))

    expect(router.state.location.search).toBe('?status=overdue')
    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toHaveTextContent('Report the cost and length of agency cover')
    expect(within(rows[0]!).getByRole('link', { name: 'The meeting on 5 November 2026' })).toHaveAttribute('href', '/meetings/meeting-improvement-2026-11-05')
    // A member reads it and changes nothing.
    expect(screen.queryByRole('link', { name: /^Mark as done/ })).toBeNull()
  })
})

describe('the home page’s actions', () => {
  it('shows the person acting their open actions, overdue first, one step from marking them done', async () => {
    renderApp('/', { actingAs: 'p-workforce' })
    const section = await screen.findByRole('region', { name: 'Your actions' })
    expect(section).toHaveTextContent('You have 1 open action from board meetings, 1 overdue.')
    expect(within(section).getByRole('link', { name: /^Mark as done – Report the cost/ })).toHaveAttribute('href', '/actions/action-agency-cover')
    expect(within(section).getByRole('link', { name: 'Children’s Services Improvement Board, 5 November 2026' })).toBeInTheDocument()
  })

  it('says nothing to someone who has none', async () => {
    renderApp('/', { actingAs: 'p-safeguarding' })
    expect(await screen.findByRole('heading', { name: 'My milestones' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Your actions' })).toBeNull()
  })
})
