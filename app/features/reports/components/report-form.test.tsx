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

async function fillRequest(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.type(await screen.findByLabelText('Report title'), title)
  await user.click(screen.getByRole('radio', { name: 'At the next meeting' }))
  await user.selectOptions(screen.getByLabelText('Author'), 'p-workforce')
}

describe('a request repeating one still open', () => {
  it('is pointed out before saving, with a link to the open one; the chair confirms to go on', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/reports/new?boardId=board-scrutiny', { actingAs: 'p-scrutiny-chair' })
    await fillRequest(user, 'Social worker recruitment & retention strategy')
    const before = await stored.reports.count()
    await user.click(screen.getByRole('button', { name: 'Request the report' }))

    const warning = await screen.findByRole('alert')
    expect(warning).toHaveTextContent('Children and Young People Scrutiny Board has already asked for this report and it is still open')
    expect(warning).toHaveTextContent('(in preparation, late; due: Meeting on 24 November 2026)')
    expect(within(warning).getByRole('link', { name: 'Social worker recruitment and retention strategy' })).toHaveAttribute('href', '/reports/report-recruitment-strategy')
    expect(await stored.reports.count()).toBe(before)

    await user.click(screen.getByRole('button', { name: 'Request it anyway' }))
    await vi.waitFor(() => expect(router.state.location.pathname).toMatch(/^\/reports\/report-/), { timeout: 5000 })
    expect(await stored.reports.count()).toBe(before + 1)
  })

  it('says nothing of a title not open on that board', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/reports/new?boardId=board-scrutiny', { actingAs: 'p-scrutiny-chair' })
    await fillRequest(user, 'Social worker recruitment strategy')
    await user.click(screen.getByRole('button', { name: 'Request the report' }))
    await vi.waitFor(() => expect(router.state.location.pathname).toMatch(/^\/reports\/report-/), { timeout: 5000 })
  })
})
