// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { stored } from '../testing/stored'
import { call, loadDemoData, SCRUTINY_CHAIR, TEST_TODAY } from '../testing/api'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

describe('every date the API accepts, or works out, lies between 2000 and 2100', () => {
  it.each(['0000-01-03', '1999-12-31', '2101-01-01', '9999-12-20'])('refuses a meeting on %s', async (date) => {
    const response = await call('POST', '/api/meetings', { as: SCRUTINY_CHAIR, body: { boardId: 'board-scrutiny', date } })
    expect(response.status).toBe(400)
    expect(response.json.errors).toEqual([{ path: 'date', message: 'Enter a date between 2000 and 2100' }])
  })

  it('a quarterly report considered at the last meeting the range allows is next due at "the next meeting", not in 2101', async () => {
    const meeting = await call('POST', '/api/meetings', { as: SCRUTINY_CHAIR, body: { boardId: 'board-scrutiny', date: '2100-12-20' } })
    expect(meeting.status).toBe(201)
    const report = await call('POST', '/api/reports', {
      as: SCRUTINY_CHAIR,
      body: { title: 'Quarterly performance', requestedByBoardId: 'board-scrutiny', authorId: 'p-performance', dueMeetingId: meeting.json.id, recurrence: 'quarterly' },
    })
    const submitted = await call('POST', `/api/reports/${report.json.id}/transitions`, { as: SCRUTINY_CHAIR, ifMatch: report.json.version, body: { to: 'submitted' } })
    const considered = await call('POST', `/api/reports/${report.json.id}/transitions`, { as: SCRUTINY_CHAIR, ifMatch: submitted.json.version, body: { to: 'considered', meetingId: meeting.json.id } })
    expect(considered.status).toBe(200)
    const next = (await stored.reports.toArray()).find((candidate) => candidate.previousInstanceId === report.json.id)!
    expect(next).toMatchObject({ dueMonth: null, dueNextMeeting: true })
    expect((await call('GET', '/api/export')).status).toBe(200)
  })
})

describe('derived dates stay in the range too', () => {
  it('refuses a meeting whose papers deadline would fall before 2000', async () => {
    const early = await call('POST', '/api/meetings', { as: SCRUTINY_CHAIR, body: { boardId: 'board-scrutiny', date: '2000-01-04' } })
    expect(early.status).toBe(400)
    expect(early.json.errors[0]).toEqual({ path: 'date', message: 'Enter a later date: its papers deadline would fall before 2000' })
    expect((await call('POST', '/api/meetings', { as: SCRUTINY_CHAIR, body: { boardId: 'board-scrutiny', date: '2000-01-17' } })).status).toBe(201)
  })
})

describe('a plan saved through the API can be restored', () => {
  it('refuses two themes with one id, as restore would', async () => {
    const plan = (await stored.plans.get('plan-northshire'))!
    const theme = plan.themes[0]!
    const response = await call('PATCH', '/api/plans/plan-northshire', {
      as: 'p-improvement-chair',
      ifMatch: plan.version,
      body: { themes: [...plan.themes, { id: theme.id, title: 'A copy' }] },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].path).toMatch(/^themes/)
  })
})
