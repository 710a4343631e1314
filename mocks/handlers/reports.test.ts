// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { reportSchema } from '@/contract/reports'
import { stored } from '../testing/stored'
import { call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR, TEST_TODAY } from '../testing/api'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

const versionOf = async (id: string) => (await stored.reports.get(id))!.version

describe('GET /api/reports', () => {
  it('lists reports matching the contract, with late ones flagged', async () => {
    const response = await call('GET', '/api/reports')
    expect(response.json.length).toBeGreaterThan(1)
    for (const report of response.json) reportSchema.parse(report)
    const late = await call('GET', '/api/reports?overdue=true')
    expect(late.json.map((report: { title: string }) => report.title)).toEqual(['Social worker recruitment and retention strategy'])
  })

  it('filters by board and status', async () => {
    const response = await call('GET', '/api/reports?boardId=board-cabinet&status=considered')
    expect(response.json.length).toBe(2)
  })
})

describe('POST /api/reports', () => {
  const body = { title: 'Care leavers’ housing update', requestedByBoardId: 'board-scrutiny', authorId: 'p-children-in-care', dueNextMeeting: true }

  it('lets the board’s chair ask for a report due at the next meeting, attaching it to the one scheduled', async () => {
    const response = await call('POST', '/api/reports', { as: SCRUTINY_CHAIR, body })
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({ status: 'requested', dueMeetingId: 'meeting-scrutiny-2026-11-24', dueNextMeeting: false, recurrence: 'none' })
  })

  it('needs exactly one of a meeting, a month or "next meeting"', async () => {
    const response = await call('POST', '/api/reports', { as: SCRUTINY_CHAIR, body: { ...body, dueNextMeeting: false } })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].path).toBe('due')
  })

  it('refuses other boards’ chairs, directors and members', async () => {
    for (const person of [CHAIR, DIRECTOR, MEMBER]) {
      expect((await call('POST', '/api/reports', { as: person, body })).status).toBe(403)
    }
  })

  it('takes authors from the officers only, on creation and on every later change', async () => {
    const created = await call('POST', '/api/reports', { as: SCRUTINY_CHAIR, body: { ...body, authorId: MEMBER } })
    expect(created.status).toBe(400)
    expect(created.json.errors[0].path).toBe('authorId')
    const report = await call('POST', '/api/reports', { as: SCRUTINY_CHAIR, body })
    const changed = await call('PATCH', `/api/reports/${report.json.id}`, { as: SCRUTINY_CHAIR, ifMatch: report.json.version, body: { authorId: MEMBER } })
    expect(changed.status).toBe(400)
    expect(changed.json.errors[0].path).toBe('authorId')
  })
})

describe('report transitions', () => {
  const move = async (id: string, as: string, body: Record<string, unknown>) =>
    call('POST', `/api/reports/${id}/transitions`, { as, ifMatch: await versionOf(id), body })

  it('lets the author mark their report submitted, but not considered', async () => {
    const submitted = await move('report-recruitment-strategy', 'p-workforce', { to: 'submitted' })
    expect(submitted.status).toBe(200)
    expect(submitted.json).toMatchObject({ status: 'submitted', overdue: false })
    expect((await move('report-recruitment-strategy', 'p-workforce', { to: 'considered' })).status).toBe(403)
  })

  it('refuses an illegal move with 409 and a clear message', async () => {
    const response = await move('report-monitoring-response', CHAIR, { to: 'submitted' })
    expect(response.status).toBe(409)
    expect(response.json.detail).toBe('A report that is considered cannot be marked submitted.')
  })

  it('defers to a named later meeting, keeping the reason in the history', async () => {
    const noReason = await move('report-recruitment-strategy', SCRUTINY_CHAIR, { to: 'deferred', meetingId: 'meeting-scrutiny-2027-01-19' })
    expect(noReason.status).toBe(400)
    const earlier = await move('report-recruitment-strategy', SCRUTINY_CHAIR, { to: 'deferred', meetingId: 'meeting-scrutiny-2026-09-29', reason: 'x' })
    expect(earlier.status).toBe(400)
    const response = await move('report-recruitment-strategy', SCRUTINY_CHAIR, {
      to: 'deferred',
      meetingId: 'meeting-scrutiny-2027-01-19',
      reason: 'Waiting for the pay benchmarking.',
    })
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({ status: 'deferred', dueMeetingId: 'meeting-scrutiny-2027-01-19', overdue: false })
    expect(response.json.history.at(-1)).toMatchObject({
      from: 'in-preparation',
      to: 'deferred',
      meetingId: 'meeting-scrutiny-2027-01-19',
      fromMeetingId: 'meeting-scrutiny-2026-11-24',
      reason: 'Waiting for the pay benchmarking.',
    })
  })

  it('creates the next instance of an annual report, due a year on, when it is considered', async () => {
    const id = 'report-complaints-annual-2'
    await move(id, 'p-performance', { to: 'submitted' })
    const considered = await move(id, 'p-cabinet-chair', { to: 'considered', meetingId: 'meeting-cabinet-2026-12-16' })
    expect(considered.status).toBe(200)
    const next = (await stored.reports.filter((report) => report.previousInstanceId === id).toArray())[0]
    expect(next).toMatchObject({ status: 'requested', recurrence: 'annual', dueMeetingId: 'meeting-cabinet-2027-12-15' })
  })

  it('creates the next standing report for the next meeting', async () => {
    const id = 'report-progress-4'
    await move(id, 'p-dcs', { to: 'submitted' })
    await move(id, CHAIR, { to: 'considered', meetingId: 'meeting-improvement-2026-12-03' })
    const next = (await stored.reports.filter((report) => report.previousInstanceId === id).toArray())[0]
    expect(next).toMatchObject({ dueMeetingId: 'meeting-improvement-2026-12-31', recurrence: 'every-meeting' })
  })

  it('needs If-Match, and a stale one is 412', async () => {
    expect((await call('POST', '/api/reports/report-recruitment-strategy/transitions', { as: 'p-workforce', body: { to: 'submitted' } })).status).toBe(428)
    const stale = await call('POST', '/api/reports/report-recruitment-strategy/transitions', { as: 'p-workforce', ifMatch: 1, body: { to: 'submitted' } })
    expect(stale.status).toBe(412)
  })

  it('answers 404 for an unknown report', async () => {
    expect((await call('POST', '/api/reports/nope/transitions', { as: CHAIR, ifMatch: 1, body: { to: 'submitted' } })).status).toBe(404)
  })
})

describe('submitting with a link to the paper and a note', () => {
  const id = 'report-recruitment-strategy'
  const submit = async (body: Record<string, unknown>) =>
    call('POST', `/api/reports/${id}/transitions`, { as: 'p-workforce', ifMatch: await versionOf(id), body: { to: 'submitted', ...body } })

  it('keeps the link and the note in the history', async () => {
    const response = await submit({ paperUrl: 'https://papers.northshire.gov.uk/recruitment.pdf', note: 'Appendix B follows on Monday.' })
    expect(response.status).toBe(200)
    expect(response.json.history.at(-1)).toMatchObject({ to: 'submitted', paperUrl: 'https://papers.northshire.gov.uk/recruitment.pdf', note: 'Appendix B follows on Monday.' })
  })

  it('refuses a link that is not http or https, storing nothing', async () => {
    for (const paperUrl of ['javascript:alert(1)', 'JavaScript://%0aalert(1)', 'data:text/html,hi', 'ftp://papers/x.pdf', 'papers.pdf', 'https://']) {
      const before = await versionOf(id)
      const response = await submit({ paperUrl })
      expect(response.status, paperUrl).toBe(400)
      expect(response.json.errors[0].path).toBe('paperUrl')
      expect(await versionOf(id)).toBe(before)
    }
  })
})

describe('asking the chair to defer', () => {
  const id = 'report-recruitment-strategy'
  const ask = async (as: string, body: Record<string, unknown>) =>
    call('POST', `/api/reports/${id}/deferral-request`, { as, ifMatch: await versionOf(id), body })
  const decide = async (as: string, body: Record<string, unknown>) =>
    call('POST', `/api/reports/${id}/deferral-decision`, { as, ifMatch: await versionOf(id), body })
  const request = { meetingId: 'meeting-scrutiny-2027-01-19', reason: 'The pay benchmarking reports in December.' }

  it('lets the author ask, once, and no one else', async () => {
    for (const person of [SCRUTINY_CHAIR, DIRECTOR, MEMBER]) expect((await ask(person, request)).status).toBe(403)
    const asked = await ask('p-workforce', request)
    expect(asked.status).toBe(200)
    expect(asked.json).toMatchObject({ status: 'in-preparation', deferralRequest: { byId: 'p-workforce', ...request } })
    expect(asked.json.history.at(-1)).toMatchObject({ kind: 'deferral-asked', to: 'in-preparation', ...request })
    expect((await ask('p-workforce', request)).status).toBe(409)
  })

  it('needs a later meeting of the same board and a reason', async () => {
    expect((await ask('p-workforce', { ...request, meetingId: 'meeting-scrutiny-2026-09-29' })).json.errors[0].path).toBe('meetingId')
    expect((await ask('p-workforce', { ...request, meetingId: 'meeting-improvement-2026-12-31' })).json.errors[0].path).toBe('meetingId')
    expect((await ask('p-workforce', { meetingId: request.meetingId })).json.errors[0].path).toBe('reason')
  })

  it('the chair accepts: the report moves to that meeting, with the history', async () => {
    await ask('p-workforce', request)
    expect((await decide('p-workforce', { decision: 'accept' })).status).toBe(403)
    expect((await decide(CHAIR, { decision: 'accept' })).status).toBe(403)
    const accepted = await decide(SCRUTINY_CHAIR, { decision: 'accept' })
    expect(accepted.status).toBe(200)
    expect(accepted.json).toMatchObject({ status: 'deferred', dueMeetingId: request.meetingId, overdue: false })
    expect(accepted.json.deferralRequest).toBeUndefined()
    expect(accepted.json.history.at(-1)).toMatchObject({ to: 'deferred', byId: SCRUTINY_CHAIR, fromMeetingId: 'meeting-scrutiny-2026-11-24', reason: request.reason })
    expect((await decide(SCRUTINY_CHAIR, { decision: 'accept' })).status).toBe(409)
  })

  it('the chair declines with a reason: the report stays where it was', async () => {
    await ask('p-workforce', request)
    expect((await decide(SCRUTINY_CHAIR, { decision: 'decline' })).json.errors[0].path).toBe('reason')
    const declined = await decide(SCRUTINY_CHAIR, { decision: 'decline', reason: 'Members need it before the budget.' })
    expect(declined.status).toBe(200)
    expect(declined.json).toMatchObject({ status: 'in-preparation', dueMeetingId: 'meeting-scrutiny-2026-11-24', overdue: true })
    expect(declined.json.history.at(-1)).toMatchObject({ kind: 'deferral-declined', reason: 'Members need it before the budget.' })
  })

  it('reads a report stored before requests to defer existed', async () => {
    const response = await call('GET', `/api/reports/${id}`)
    expect(response.json.deferralRequest).toBeUndefined()
    reportSchema.parse(response.json)
  })
})
