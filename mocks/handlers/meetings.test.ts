// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { meetingPackSchema } from '@/contract/pack'
import { stored } from '../testing/stored'
import { call, CHAIR, loadDemoData, MEMBER, SCRUTINY_CHAIR, TEST_TODAY } from '../testing/api'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

describe('meetings', () => {
  it('derives the papers deadline: Thursday 10 December 2026 with 5 clear working days is Wednesday 2 December', async () => {
    const response = await call('POST', '/api/meetings', { as: CHAIR, body: { boardId: 'board-improvement', date: '2026-12-10' } })
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({ date: '2026-12-10', papersDeadline: '2026-12-02', status: 'scheduled' })
  })

  it('skips a bank holiday weekend: Tuesday 2 June 2026 has its deadline on Friday 22 May', async () => {
    const response = await call('POST', '/api/meetings', { as: CHAIR, body: { boardId: 'board-improvement', date: '2026-06-02' } })
    expect(response.json.papersDeadline).toBe('2026-05-22')
  })

  it('lists meetings by date, filtered by board', async () => {
    const response = await call('GET', '/api/meetings?boardId=board-scrutiny')
    expect(response.json.length).toBe(13)
    expect(response.json.every((meeting: { boardId: string }) => meeting.boardId === 'board-scrutiny')).toBe(true)
  })

  it('lets only the board’s chair schedule and change meetings', async () => {
    expect((await call('POST', '/api/meetings', { as: SCRUTINY_CHAIR, body: { boardId: 'board-improvement', date: '2026-12-10' } })).status).toBe(403)
    expect((await call('POST', '/api/meetings', { as: MEMBER, body: { boardId: 'board-improvement', date: '2026-12-10' } })).status).toBe(403)
    const [meeting] = (await call('GET', '/api/meetings?boardId=board-improvement&from=2026-11-23')).json
    expect((await call('PATCH', `/api/meetings/${meeting.id}`, { as: CHAIR, body: { status: 'cancelled' } })).status).toBe(428)
    const cancelled = await call('PATCH', `/api/meetings/${meeting.id}`, { as: CHAIR, ifMatch: 1, body: { status: 'cancelled' } })
    expect(cancelled.json).toMatchObject({ status: 'cancelled', version: 2 })
    expect((await call('PATCH', `/api/meetings/${meeting.id}`, { as: CHAIR, ifMatch: 1, body: { status: 'held' } })).status).toBe(412)
  })

  it('attaches reports waiting for "next meeting" or for that month when a meeting is scheduled', async () => {
    const lscp = await stored.reports.get('report-lscp-annual')
    const month = lscp!.dueMonth!
    const response = await call('POST', '/api/meetings', { as: SCRUTINY_CHAIR, body: { boardId: 'board-scrutiny', date: `${month}-15` } })
    expect((await stored.reports.get('report-lscp-annual'))!.dueMeetingId).toBe(response.json.id)
  })

  it('refuses an impossible date', async () => {
    const response = await call('POST', '/api/meetings', { as: CHAIR, body: { boardId: 'board-improvement', date: '2026-02-30' } })
    expect(response.status).toBe(400)
    expect(response.json.errors[0]).toEqual({ path: 'date', message: 'Enter a real date' })
  })
})

describe('the meeting pack', () => {
  it('has what members need before the next scrutiny meeting: reports with late flags, milestones due, status changes', async () => {
    const [next] = (await call('GET', '/api/meetings?boardId=board-scrutiny&from=2026-11-23')).json
    const response = await call('GET', `/api/meetings/${next.id}/pack`)
    expect(response.status).toBe(200)
    const pack = meetingPackSchema.parse(response.json)
    expect(pack.meeting.date).toBe('2026-11-24')
    expect(pack.previousMeeting?.date).toBe('2026-09-29')
    expect(pack.reports.map((report) => [report.title, report.status, report.late])).toEqual([
      ['Social worker recruitment and retention strategy', 'in-preparation', true],
    ])
    expect(pack.milestonesDue.every((milestone) => milestone.dueDate > '2026-09-29' && milestone.dueDate <= '2026-11-24')).toBe(true)
    expect(pack.milestonesDue.length).toBeGreaterThan(0)
    expect(pack.overdueMilestones.every((milestone) => milestone.overdue)).toBe(true)
    expect(pack.statusChanges.length).toBeGreaterThan(0)
    expect(pack.statusChanges.every((change) => ['status', 'signed-off', 'sent-back'].includes(change.kind) && change.milestoneTitle !== '')).toBe(true)
    // The demo's date changes since 29 September: agreed, refused and one awaiting the chair.
    expect(pack.dateChanges.map((change) => [change.milestoneTitle, change.status])).toEqual(
      expect.arrayContaining([
        ['Redesign of the multi-agency front door', 'agreed'],
        ['Missing children data shared weekly with the police', 'refused'],
        ['Pathway plan reviewed for every care leaver aged 18 to 21', 'proposed'],
      ]),
    )
    expect(pack.awaitingSignOff.map((milestone) => milestone.title)).toEqual(['Council tax exemption for care leavers up to 25'])
  })

  it('lists a date change decided since the last meeting though it was proposed before it, and none decided before it', async () => {
    const pack = meetingPackSchema.parse((await call('GET', '/api/meetings/meeting-improvement-2026-12-03/pack')).json)
    // Proposed on 3 November, agreed on 13 November; the board last met on 5 November.
    expect(pack.dateChanges.find((change) => change.milestoneTitle === 'Redesign of the multi-agency front door')).toMatchObject({ status: 'agreed', proposedAt: '2026-11-03T16:00:00.000Z' })
    // Agreed by the chair at the 5 November meeting itself: in that meeting's pack, not this one.
    expect(pack.dateChanges.map((change) => change.milestoneTitle)).not.toContain('Agency social workers below 20% of the workforce')
    expect(pack.dateChanges).toHaveLength(3)
  })

  it('says which reports were deferred from an earlier meeting', async () => {
    const pack = meetingPackSchema.parse((await call('GET', '/api/meetings/meeting-improvement-2026-12-03/pack')).json)
    const deferred = pack.reports.find((report) => report.title === 'Review of all children-in-need cases')
    expect(deferred).toMatchObject({ status: 'deferred', deferredFromMeetingId: 'meeting-improvement-2026-11-05' })
  })

  it('answers 404 for an unknown meeting', async () => {
    expect((await call('GET', '/api/meetings/nope/pack')).status).toBe(404)
  })
})
