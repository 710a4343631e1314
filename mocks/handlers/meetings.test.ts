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

describe('the meeting record: time, agenda and attendance', () => {
  async function nextScrutinyMeeting() {
    const [meeting] = (await call('GET', '/api/meetings?boardId=board-scrutiny&from=2026-11-23')).json
    return meeting
  }

  it('answers the standing agenda, with each report due at the meeting as an item, until the chair saves one', async () => {
    const meeting = await nextScrutinyMeeting()
    const due = (await call('GET', `/api/reports?dueMeetingId=${meeting.id}`)).json.filter((report: { status: string }) => report.status !== 'withdrawn')
    expect(due.length).toBeGreaterThan(0)
    expect(meeting.agendaSaved).toBe(false)
    expect(meeting.agenda[0]).toMatchObject({ kind: 'apologies', title: 'Apologies for absence' })
    expect(meeting.agenda.at(-1)).toMatchObject({ kind: 'aob' })
    expect(meeting.agenda.filter((item: { kind: string }) => item.kind === 'report').map((item: { reportId: string }) => item.reportId).sort()).toEqual(due.map((report: { id: string }) => report.id).sort())
    expect(meeting).toMatchObject({ time: null, attendance: null })
  })

  it('keeps the chair’s order, new items, decisions, time and attendance, checked whole', async () => {
    const meeting = await nextScrutinyMeeting()
    const agenda = [
      ...meeting.agenda.filter((item: { kind: string }) => item.kind === 'report'),
      { kind: 'item', title: 'Joint session with the Education and Skills Board' },
      ...meeting.agenda.filter((item: { kind: string }) => item.kind !== 'report'),
    ].map((item) => (item.kind === 'minutes' ? { ...item, decision: 'RESOLVED that the minutes of the last meeting be agreed as a correct record.' } : item))
    const attendance = { present: ['p-scrutiny-chair', 'p-member-ashworth'], apologies: ['p-member-mcleod'], others: 'Helen Okafor, Director of Children’s Services' }
    const saved = await call('PATCH', `/api/meetings/${meeting.id}`, { as: SCRUTINY_CHAIR, ifMatch: meeting.version, body: { time: '10:00', agenda, attendance } })
    expect(saved.status).toBe(200)
    expect(saved.json).toMatchObject({ time: '10:00', agendaSaved: true, attendance })
    expect(saved.json.agenda[0].kind).toBe('report')
    const added = saved.json.agenda.find((item: { title: string }) => item.title.startsWith('Joint session'))
    expect(added.id).toMatch(/^item-/)
    expect(saved.json.agenda.find((item: { kind: string }) => item.kind === 'minutes').decision).toMatch(/^RESOLVED that/)
    expect((await stored.meetings.get(meeting.id))?.agenda).toHaveLength(agenda.length)

    const before = await stored.meetings.get(meeting.id)
    const bad = await call('PATCH', `/api/meetings/${meeting.id}`, {
      as: SCRUTINY_CHAIR,
      ifMatch: saved.json.version,
      body: {
        time: '25:00',
        agenda: [{ kind: 'report', title: 'Not due here' }, { kind: 'item', title: 'An item', reportId: due0(saved.json) }],
        attendance: { present: ['p-dcs', 'nobody'], apologies: ['p-dcs'], others: '' },
      },
    })
    expect(bad.status).toBe(400)
    expect(bad.json.errors.map((error: { path: string }) => error.path)).toEqual(expect.arrayContaining(['time', 'attendance']))
    const badItems = await call('PATCH', `/api/meetings/${meeting.id}`, {
      as: SCRUTINY_CHAIR,
      ifMatch: saved.json.version,
      body: { agenda: [{ kind: 'report', title: 'Not due here' }, { kind: 'item', title: 'An item', reportId: due0(saved.json) }, { kind: 'report', title: 'Elsewhere', reportId: 'report-cin-review' }] },
    })
    expect(badItems.status).toBe(400)
    expect(badItems.json.errors.map((error: { path: string }) => error.path)).toEqual(['agenda.0.reportId', 'agenda.1.reportId', 'agenda.2.reportId'])
    const badPeople = await call('PATCH', `/api/meetings/${meeting.id}`, { as: SCRUTINY_CHAIR, ifMatch: saved.json.version, body: { attendance: { present: ['p-dcs', 'nobody', 'p-dcs'], apologies: [], others: '' } } })
    expect(badPeople.json.errors.map((error: { path: string }) => error.path)).toEqual(['attendance.present.1', 'attendance.present.2'])
    expect(await stored.meetings.get(meeting.id)).toEqual(before)
  })

  it('lets only the board’s chair record it', async () => {
    const meeting = await nextScrutinyMeeting()
    expect((await call('PATCH', `/api/meetings/${meeting.id}`, { as: CHAIR, ifMatch: meeting.version, body: { time: '14:00' } })).status).toBe(403)
    expect((await call('PATCH', `/api/meetings/${meeting.id}`, { as: MEMBER, ifMatch: meeting.version, body: { time: '14:00' } })).status).toBe(403)
  })
})

/** The report id of a meeting's first report item. */
function due0(meeting: { agenda: { reportId: string | null }[] }): string {
  return meeting.agenda.find((item) => item.reportId)!.reportId!
}

describe('the meeting pack’s actions from previous meetings', () => {
  it('lists the board’s earlier actions still open, or done since the previous meeting, and none agreed at or after this one', async () => {
    const all = (await call('GET', '/api/meetings?boardId=board-improvement')).json as { id: string; date: string }[]
    const next = all.find((meeting) => meeting.date >= '2026-11-23')!
    const pack = meetingPackSchema.parse((await call('GET', `/api/meetings/${next.id}/pack`)).json)
    expect(pack.actions.map((action) => action.id).sort()).toEqual(['action-agency-cover', 'action-early-help-partnership'])
    expect(pack.actions.every((action) => action.boardId === 'board-improvement' && action.status === 'open')).toBe(true)
    // Done after the last meeting: it is reported once, in this pack.
    const open = (await stored.actions.get('action-agency-cover'))!
    await stored.actions.put({ ...open, status: 'done', doneAt: '2026-11-20T10:00:00.000Z', doneById: 'p-workforce' })
    const again = meetingPackSchema.parse((await call('GET', `/api/meetings/${next.id}/pack`)).json)
    expect(again.actions.find((action) => action.id === 'action-agency-cover')?.status).toBe('done')
    const earlier = all.filter((meeting) => meeting.date < next.date).at(-1)!
    const earlierPack = meetingPackSchema.parse((await call('GET', `/api/meetings/${earlier.id}/pack`)).json)
    expect(earlierPack.actions.map((action) => action.id)).not.toContain('action-early-help-partnership')
  })
})

describe('scheduling', () => {
  it('warns, never refuses, of Christmas Day, a weekend, and a second meeting of the board that day', async () => {
    const christmas = await call('POST', '/api/meetings', { as: CHAIR, body: { boardId: 'board-improvement', date: '2026-12-25' } })
    expect(christmas.status).toBe(201)
    expect(christmas.json.warnings).toEqual([{ kind: 'bank-holiday', message: 'Friday 25 December 2026 is a bank holiday (Christmas Day).' }])
    const twice = await call('POST', '/api/meetings', { as: CHAIR, body: { boardId: 'board-improvement', date: '2026-12-25', time: '14:00' } })
    expect(twice.json.warnings.map((warning: { kind: string }) => warning.kind)).toEqual(['bank-holiday', 'same-day'])
    expect((await call('GET', `/api/meetings/${christmas.json.id}`)).json.warnings.map((warning: { kind: string }) => warning.kind)).toEqual(['bank-holiday', 'same-day'])
    const cancelled = await call('PATCH', `/api/meetings/${twice.json.id}`, { as: CHAIR, ifMatch: 1, body: { status: 'cancelled' } })
    expect(cancelled.json.warnings).toEqual([])
    const listed = (await call('GET', '/api/meetings?boardId=board-improvement&from=2026-12-25&to=2026-12-25')).json
    expect(listed.find((meeting: { id: string }) => meeting.id === christmas.json.id).warnings.map((warning: { kind: string }) => warning.kind)).toEqual(['bank-holiday'])
  })

  it('makes a series every 4 weeks, moving one that would fall on a bank holiday to the next working day', async () => {
    const response = await call('POST', '/api/meetings/series', { as: CHAIR, body: { boardId: 'board-improvement', firstDate: '2027-05-03', everyWeeks: 4, count: 10, time: '10:00', location: 'Council Chamber' } })
    expect(response.status).toBe(201)
    expect(response.json.meetings).toHaveLength(10)
    expect(response.json.meetings[1]).toMatchObject({ date: '2027-06-01', time: '10:00', location: 'Council Chamber', warnings: [] })
    // Both Mondays in May 2027 that it falls on are bank holidays (the early May and spring ones).
    expect(response.json.moved).toEqual([
      { meetingId: response.json.meetings[0].id, from: '2027-05-03', to: '2027-05-04' },
      { meetingId: response.json.meetings[1].id, from: '2027-05-31', to: '2027-06-01' },
    ])
    expect((await call('POST', '/api/meetings/series', { as: MEMBER, body: { boardId: 'board-improvement', firstDate: '2027-04-26', everyWeeks: 4, count: 2 } })).status).toBe(403)
    const before = await stored.meetings.count()
    const bad = await call('POST', '/api/meetings/series', { as: CHAIR, body: { boardId: 'board-improvement', firstDate: '2027-04-26', everyWeeks: 0, count: 1 } })
    expect(bad.json.errors.map((error: { path: string }) => error.path).sort()).toEqual(['count', 'everyWeeks'])
    expect(await stored.meetings.count()).toBe(before)
  })

  it('cancels a meeting and moves its open reports and the actions due by it to another meeting, in one change', async () => {
    const all = (await call('GET', '/api/meetings?boardId=board-improvement&from=2026-11-23')).json as { id: string; version: number }[]
    const [next, after] = all
    const reportsBefore = (await stored.reports.toArray()).filter((report) => report.dueMeetingId === next!.id && report.status !== 'considered' && report.status !== 'withdrawn')
    expect(reportsBefore.length).toBeGreaterThan(0)
    const cancelled = await call('PATCH', `/api/meetings/${next!.id}`, { as: CHAIR, ifMatch: next!.version, body: { status: 'cancelled', moveBusinessTo: after!.id } })
    expect(cancelled.status).toBe(200)
    // Kept, so the cancelled meeting's page can say where its business went.
    expect(cancelled.json.businessMovedTo).toBe(after!.id)
    expect((await call('GET', `/api/meetings/${next!.id}`)).json.businessMovedTo).toBe(after!.id)
    for (const report of reportsBefore) expect((await stored.reports.get(report.id))?.dueMeetingId).toBe(after!.id)
    expect((await stored.actions.get('action-early-help-partnership'))?.due).toEqual({ kind: 'meeting', meetingId: after!.id })
    const elsewhere = await call('PATCH', `/api/meetings/${after!.id}`, { as: CHAIR, ifMatch: after!.version, body: { moveBusinessTo: 'meeting-scrutiny-2026-11-24' } })
    expect(elsewhere.json.errors).toEqual([{ path: 'moveBusinessTo', message: 'Choose another scheduled meeting of the same board' }])
  })
})

describe('publishing the pack', () => {
  const boardMeetings = async () => (await call('GET', '/api/meetings?boardId=board-improvement')).json as { id: string; date: string; papersDeadline: string; version: number }[]

  it('freezes it at the chair’s word: the pack then reads as published, whatever changes after', async () => {
    const next = (await boardMeetings()).find((meeting) => meeting.date >= '2026-11-23')!
    const live = meetingPackSchema.parse((await call('GET', `/api/meetings/${next.id}/pack`)).json)
    expect(live.publication).toBeNull()
    expect((await call('POST', `/api/meetings/${next.id}/packs`, { as: MEMBER, body: {} })).status).toBe(403)
    const published = await call('POST', `/api/meetings/${next.id}/packs`, { as: CHAIR, body: {} })
    expect(published.status).toBe(201)
    expect(published.json.publication).toMatchObject({ number: 1, publishedById: CHAIR, reason: null })
    expect(published.headers.get('Location')).toBe(`/api/meetings/${next.id}/packs/1`)

    // A status changes after publication: the published pack does not.
    const milestone = (await stored.milestones.toArray()).find((each) => each.rag === 'green' && each.ownerId === 'p-safeguarding' && !each.closedOn)!
    const update = await call('POST', `/api/milestones/${milestone.id}/updates`, { as: 'p-safeguarding', ifMatch: milestone.version, body: { rag: 'red', commentary: 'Slipped after publication', recoveryAction: 'Weekly review' } })
    expect(update.status).toBe(201)
    const after = meetingPackSchema.parse((await call('GET', `/api/meetings/${next.id}/pack`)).json)
    expect(after).toEqual(meetingPackSchema.parse(published.json))
    expect(after.milestoneStatuses.find((each) => each.id === milestone.id)?.rag).toBe('green')
  })

  it('publishes again only with a reason, keeping every earlier version readable', async () => {
    const next = (await boardMeetings()).find((meeting) => meeting.date >= '2026-11-23')!
    await call('POST', `/api/meetings/${next.id}/packs`, { as: CHAIR, body: {} })
    const noReason = await call('POST', `/api/meetings/${next.id}/packs`, { as: CHAIR, body: {} })
    expect(noReason.json.errors).toEqual([{ path: 'reason', message: 'Say why the pack is published again' }])
    const again = await call('POST', `/api/meetings/${next.id}/packs`, { as: CHAIR, body: { reason: 'The performance report was replaced with the corrected figures.' } })
    expect(again.json.publication).toMatchObject({ number: 2, reason: 'The performance report was replaced with the corrected figures.' })
    expect((await call('GET', `/api/meetings/${next.id}/packs`)).json.map((each: { number: number }) => each.number)).toEqual([1, 2])
    expect((await call('GET', `/api/meetings/${next.id}/packs/1`)).json.publication.number).toBe(1)
    expect((await call('GET', `/api/meetings/${next.id}/pack`)).json.publication.number).toBe(2)
    expect((await call('GET', `/api/meetings/${next.id}/packs/3`)).status).toBe(404)
  })

  it('freezes by itself once the papers deadline has passed, once, with nobody named as publishing it', async () => {
    const past = (await boardMeetings()).filter((meeting) => meeting.papersDeadline < '2026-11-23').at(-1)!
    expect(await stored.packs.where('meetingId').equals(past.id).count()).toBe(0)
    const [first, second] = await Promise.all([call('GET', `/api/meetings/${past.id}/pack`), call('GET', `/api/meetings/${past.id}/pack`)])
    expect(first.json.publication).toMatchObject({ number: 1, publishedById: null })
    expect(second.json).toEqual(first.json)
    expect(await stored.packs.where('meetingId').equals(past.id).count()).toBe(1)
  })

  it('says what changed since the last meeting by comparing two published packs, the same whenever it is read', async () => {
    const all = await boardMeetings()
    const next = all.find((meeting) => meeting.date >= '2026-11-23')!
    const provisional = (await call('GET', `/api/meetings/${next.id}/changes`)).json
    expect(provisional.provisional).toBe(true)
    expect(provisional.from).toMatchObject({ number: 1 })
    await call('POST', `/api/meetings/${next.id}/packs`, { as: CHAIR, body: {} })
    const first = (await call('GET', `/api/meetings/${next.id}/changes`)).json
    expect(first).toMatchObject({ provisional: false, to: { meetingId: next.id, number: 1 } })
    const milestone = (await stored.milestones.toArray()).find((each) => each.rag === 'green' && each.ownerId === 'p-safeguarding' && !each.closedOn)!
    await call('POST', `/api/milestones/${milestone.id}/updates`, { as: 'p-safeguarding', ifMatch: milestone.version, body: { rag: 'red', commentary: 'Slipped', recoveryAction: 'Weekly review' } })
    expect((await call('GET', `/api/meetings/${next.id}/changes`)).json).toEqual(first)
    for (const change of first.changes) expect(change.before === null || change.after === null || change.before.rag !== change.after.rag || change.before.dueDate !== change.after.dueDate || change.before.closedOn !== change.after.closedOn).toBe(true)
  })
})

describe('the demo’s published packs', () => {
  it('are made when the demo is set up: one frozen at its deadline, one published by the chair and again with a reason', async () => {
    await call('POST', '/api/reset', { as: 'p-admin' })
    const past = ((await call('GET', '/api/meetings?boardId=board-improvement')).json as { id: string; date: string }[]).filter((meeting) => meeting.date < '2026-11-23')
    const [beforeLast, last] = past.slice(-2)
    expect((await call('GET', `/api/meetings/${beforeLast!.id}/packs`)).json).toEqual([expect.objectContaining({ number: 1, publishedById: null })])
    const versions = (await call('GET', `/api/meetings/${last!.id}/packs`)).json
    expect(versions.map((each: { number: number; publishedById: string }) => [each.number, each.publishedById])).toEqual([
      [1, CHAIR],
      [2, CHAIR],
    ])
    expect(versions[1].reason).toMatch(/corrected/)
    const changes = (await call('GET', `/api/meetings/${last!.id}/changes`)).json
    expect(changes).toMatchObject({ provisional: false, from: { meetingId: beforeLast!.id, number: 1 }, to: { meetingId: last!.id, number: 2 } })
  })
})

describe('the meeting record’s edges', () => {
  it('clears a venue with null, and keeps an agenda item while actions sit under it', async () => {
    const all = (await call('GET', '/api/meetings?boardId=board-improvement')).json as { id: string; date: string; version: number; agenda: { id: string; kind: string }[] }[]
    const next = all.find((meeting) => meeting.date >= '2026-11-23')!
    const placed = await call('PATCH', `/api/meetings/${next.id}`, { as: CHAIR, ifMatch: next.version, body: { location: 'Council Chamber' } })
    const cleared = await call('PATCH', `/api/meetings/${next.id}`, { as: CHAIR, ifMatch: placed.json.version, body: { location: null } })
    expect(cleared.status).toBe(200)
    expect(cleared.json.location).toBeUndefined()
    expect((await stored.meetings.get(next.id))?.location).toBeUndefined()

    const item = next.agenda.find((each) => each.kind === 'progress')!
    await call('POST', '/api/actions', { as: CHAIR, body: { meetingId: next.id, agendaItemId: item.id, what: 'Bring the revised plan', ownerId: 'p-dcs', ownerName: null } })
    const without = cleared.json.agenda.filter((each: { id: string }) => each.id !== item.id)
    const refused = await call('PATCH', `/api/meetings/${next.id}`, { as: CHAIR, ifMatch: cleared.json.version, body: { agenda: without } })
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0].path).toBe('agenda')
  })
})
