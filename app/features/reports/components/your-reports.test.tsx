import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { loadDemoData, stored, TEST_TODAY } from '@/testing/mocked-api'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

describe('“Your reports” on the home page', () => {
  it('lists an author’s reports still owed, late first, each with the next step and a link', async () => {
    const late = (await stored.reports.get('report-recruitment-strategy'))!
    // A second one, due later and requested after the late one, so title order would put it first.
    await stored.reports.add({ ...late, id: 'report-agency-pay', title: 'Agency pay review', status: 'requested', dueMeetingId: 'meeting-scrutiny-2027-01-19', history: [late.history[0]!] })
    renderApp('/', { actingAs: 'p-workforce' })
    const section = await screen.findByRole('region', { name: 'Your reports' })
    expect(section).toHaveTextContent('You have 2 reports to write or to present. Late first, then by when they are due')
    const items = within(section).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]).toHaveTextContent('Social worker recruitment and retention strategy')
    expect(items[0]).toHaveTextContent('Next: Late: submit it or ask the chair to defer.')
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/reports/report-recruitment-strategy')
    expect(items[1]).toHaveTextContent('Agency pay review')
    expect(items[1]).toHaveTextContent(/Next: Submit it by the papers deadline, \d+ January 2027\./)
  })

  it('says where a request to defer waits for the chair', async () => {
    const report = (await stored.reports.get('report-recruitment-strategy'))!
    await stored.reports.put({ ...report, deferralRequest: { at: '2026-11-22T10:00:00.000Z', byId: 'p-workforce', meetingId: 'meeting-scrutiny-2027-01-19', reason: 'Pay data.' } })
    renderApp('/', { actingAs: 'p-workforce' })
    const section = await screen.findByRole('region', { name: 'Your reports' })
    expect(section).toHaveTextContent('Next: Waiting for the chair to decide on deferring it to the meeting on 19 January 2027.')
  })

  it('shows the chair the requests to defer reports to their boards', async () => {
    const report = (await stored.reports.get('report-recruitment-strategy'))!
    await stored.reports.put({ ...report, deferralRequest: { at: '2026-11-22T10:00:00.000Z', byId: 'p-workforce', meetingId: 'meeting-scrutiny-2027-01-19', reason: 'Pay data.' } })
    renderApp('/', { actingAs: 'p-scrutiny-chair' })
    const section = await screen.findByRole('region', { name: 'Requests to defer a report' })
    expect(within(section).getByRole('link', { name: 'Social worker recruitment and retention strategy' })).toHaveAttribute('href', '/reports/report-recruitment-strategy')
    expect(section).toHaveTextContent('asked to defer to the meeting on 19 January 2027')
  })

  it('is not shown to a member, who writes no reports', async () => {
    renderApp('/', { actingAs: 'p-member-ashworth' })
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Your reports' })).toBeNull()
  })
})
