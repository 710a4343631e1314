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

const path = '/reports/report-recruitment-strategy'

describe('submitting with a link to the paper and a note', () => {
  it('refuses a javascript: link beside the field, storing nothing, then saves a web link shown as a link', async () => {
    const user = userEvent.setup()
    renderApp(path, { actingAs: 'p-workforce' })
    await user.click(await screen.findByRole('radio', { name: /^Submitted/ }))
    await user.type(screen.getByLabelText('Link to the paper (optional)'), 'javascript:alert(1)')
    await user.type(screen.getByLabelText('Note to the board (optional)'), 'Appendix B follows.')
    await user.click(screen.getByRole('button', { name: 'Save status' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: /^Enter the link to the paper as a web address/ })).toHaveAttribute('href', '#paperUrl')
    expect(screen.getByLabelText('Link to the paper (optional)')).toHaveAccessibleDescription(/Error: Enter the link to the paper as a web address/)
    expect((await stored.reports.get('report-recruitment-strategy'))!.status).toBe('in-preparation')

    await user.clear(screen.getByLabelText('Link to the paper (optional)'))
    await user.type(screen.getByLabelText('Link to the paper (optional)'), 'https://papers.northshire.gov.uk/recruitment.pdf')
    await user.click(screen.getByRole('button', { name: 'Save status' }))
    expect(await screen.findByText('Saved. The report is now submitted.', {}, { timeout: 5000 })).toBeInTheDocument()
    const links = screen.getAllByRole('link', { name: 'Read the paper at (papers.northshire.gov.uk)' })
    expect(links.length).toBe(2) // in the summary and in the history
    for (const link of links) expect(link).toHaveAttribute('href', 'https://papers.northshire.gov.uk/recruitment.pdf')
    expect(screen.getAllByText('Appendix B follows.').length).toBe(2)
  })

  it('never makes a link of a stored address that is not http or https', async () => {
    const report = (await stored.reports.get('report-recruitment-strategy'))!
    const event = { at: '2026-11-22T10:00:00.000Z', byId: 'p-workforce', from: report.status, to: 'submitted' as const, paperUrl: 'javascript:alert(1)' }
    await stored.reports.put({ ...report, status: 'submitted', history: [...report.history, event] })
    renderApp(path, { actingAs: 'p-member-ashworth' })
    expect((await screen.findAllByText('javascript:alert(1)')).length).toBe(2)
    expect(screen.queryByRole('link', { name: /Read the paper/ })).toBeNull()
  })
})

describe('asking the chair to defer, and the chair deciding', () => {
  it('the author asks; the chair sees the request and accepts; the report moves, with history', async () => {
    const user = userEvent.setup()
    const author = renderApp(path, { actingAs: 'p-workforce' })
    const ask = await screen.findByRole('region', { name: 'Ask the chair to defer it' })
    await user.click(within(ask).getByText('Ask the chair to defer it'))
    await user.click(within(ask).getByRole('button', { name: 'Ask to defer it' }))
    expect(await within(ask).findByRole('link', { name: 'Select the meeting you ask to defer it to' })).toBeInTheDocument()
    expect(within(ask).getByRole('link', { name: 'Enter the reason you ask to defer it' })).toBeInTheDocument()
    await user.selectOptions(within(ask).getByLabelText('Defer to the meeting on'), '19 January 2027')
    await user.type(within(ask).getByLabelText('Why should it be deferred?'), 'The pay benchmarking reports in December.')
    await user.click(within(ask).getByRole('button', { name: 'Ask to defer it' }))
    expect(await screen.findByText('Your request to defer it is with the chair of Children and Young People Scrutiny Board.')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Request to defer' })).toHaveTextContent('Waiting for the chair of Children and Young People Scrutiny Board to decide.')
    author.unmount()

    renderApp(path, { actingAs: 'p-scrutiny-chair' })
    const request = await screen.findByRole('region', { name: 'Request to defer' })
    expect(request).toHaveTextContent('The pay benchmarking reports in December.')
    await user.click(within(request).getByRole('radio', { name: 'Accept: defer it to the meeting on 19 January 2027' }))
    await user.click(within(request).getByRole('button', { name: 'Save decision' }))
    expect(await screen.findByText('Accepted. The report is now due at the meeting on 19 January 2027.')).toBeInTheDocument()
    expect(await stored.reports.get('report-recruitment-strategy')).toMatchObject({ status: 'deferred', dueMeetingId: 'meeting-scrutiny-2027-01-19' })
    expect(screen.getByText('Deferred from the meeting on 24 November 2026 to the meeting on 19 January 2027.')).toBeInTheDocument()
  })

  it('the chair declines with a reason, which the author then reads', async () => {
    const user = userEvent.setup()
    const report = (await stored.reports.get('report-recruitment-strategy'))!
    await stored.reports.put({ ...report, deferralRequest: { at: '2026-11-22T10:00:00.000Z', byId: 'p-workforce', meetingId: 'meeting-scrutiny-2027-01-19', reason: 'Pay data.' } })
    const chair = renderApp(path, { actingAs: 'p-scrutiny-chair' })
    const request = await screen.findByRole('region', { name: 'Request to defer' })
    await user.click(within(request).getByRole('radio', { name: 'Decline: it stays due where it is' }))
    await user.click(within(request).getByRole('button', { name: 'Save decision' }))
    expect(await within(request).findByRole('link', { name: 'Enter why you decline to defer it' })).toHaveAttribute('href', '#declineReason')
    await user.type(within(request).getByLabelText('Why do you decline?'), 'Members need it before the budget.')
    await user.click(within(request).getByRole('button', { name: 'Save decision' }))
    expect(await screen.findByText('Declined. The report stays due where it was.')).toBeInTheDocument()
    chair.unmount()

    renderApp(path, { actingAs: 'p-workforce' })
    expect(await screen.findByText('The chair declined to defer it to the meeting on 19 January 2027.')).toBeInTheDocument()
    expect(screen.getByText('Members need it before the budget.')).toBeInTheDocument()
  })

  it('lets the author submit after asking (the form knows the report moved on), which settles the request', async () => {
    const user = userEvent.setup()
    renderApp(path, { actingAs: 'p-workforce' })
    const ask = await screen.findByRole('region', { name: 'Ask the chair to defer it' })
    await user.click(within(ask).getByText('Ask the chair to defer it'))
    await user.selectOptions(within(ask).getByLabelText('Defer to the meeting on'), '19 January 2027')
    await user.type(within(ask).getByLabelText('Why should it be deferred?'), 'Pay data.')
    await user.click(within(ask).getByRole('button', { name: 'Ask to defer it' }))
    await screen.findByRole('region', { name: 'Request to defer' })
    await user.click(screen.getByRole('radio', { name: /^Submitted/ }))
    await user.click(screen.getByRole('button', { name: 'Save status' }))
    expect(await screen.findByText('Saved. The report is now submitted.', {}, { timeout: 5000 })).toBeInTheDocument()
    expect((await stored.reports.get('report-recruitment-strategy'))!.deferralRequest).toBeUndefined()
  })

  it('offers a member neither form', async () => {
    renderApp(path, { actingAs: 'p-member-ashworth' })
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Ask the chair to defer it' })).toBeNull()
  })
})
