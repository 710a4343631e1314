// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { backupSchema, type Backup } from '@/contract/backup'
import type { Dataset } from '@/contract/stored'
import { datasetProblems } from '@/domain/record-rules'
import { stored } from '../testing/stored'
import { buildDemoData } from '../db/demo-data'
import { ADMIN, call, CHAIR, loadDemoData, MEMBER, TEST_TODAY, storedData } from '../testing/api'
import { checksumOf } from './admin'

beforeEach(async () => {
  await loadDemoData()
})

/** A backup edited by hand and re-sealed: the checksum detects damage, not tampering, so the rules must hold on their own. */
async function resealed(edit: (data: Dataset) => void): Promise<Backup> {
  const backup = backupSchema.parse((await call('GET', '/api/export')).json)
  edit(backup.data)
  return { ...backup, checksum: await checksumOf(backup.data) }
}

describe('restore holds a backup to the rules of every write', () => {
  it('the demo data meets them', () => {
    expect(datasetProblems(buildDemoData(TEST_TODAY))).toEqual([])
  })

  it.each<[string, (data: Dataset) => void, string]>([
    ['a member made a board’s chair', (data) => void (data.boards[0]!.chairId = MEMBER), 'chairId'],
    ['a board member nobody knows', (data) => void data.boards[0]!.memberIds.push('p-ghost'), 'memberIds'],
    ['a report’s author nobody knows', (data) => void (data.reports[0]!.authorId = 'p-ghost'), 'authorId'],
    ['a member as a report’s author', (data) => void (data.reports[0]!.authorId = MEMBER), 'authorId'],
    ['a plan answering an inspection not in the backup', (data) => void (data.plans[0]!.inspectionId = 'inspection-ghost'), 'inspectionId'],
    ['a milestone in a theme its plan does not have', (data) => void (data.milestones[0]!.themeId = 'theme-ghost'), 'themeId'],
    ['a chair owning a milestone', (data) => void (data.milestones[0]!.ownerId = CHAIR), 'ownerId'],
    ['an update by nobody known', (data) => void (data.milestoneUpdates[0]!.authorId = 'p-ghost'), 'authorId'],
    ['a report history entry by nobody known', (data) => void (data.reports[0]!.history[0]!.byId = 'p-ghost'), 'byId'],
    ['an open report due nowhere', (data) => {
      const report = data.reports.find((candidate) => candidate.status === 'requested')!
      Object.assign(report, { dueMeetingId: null, dueMonth: null, dueNextMeeting: false })
    }, 'due'],
    ['a measure with amber above green when higher is better', (data) => void (data.measures.find((measure) => measure.direction === 'higher-is-better')!.amberFrom = 99), 'amberFrom'],
    ['a member owning a measure', (data) => void (data.measures[0]!.ownerId = MEMBER), 'ownerId'],
    ['a measure evidencing a milestone not in the backup', (data) => void data.measures[0]!.milestoneIds.push('milestone-ghost'), 'milestoneIds'],
    ['an actual of a measure not in the backup', (data) => void (data.measureActuals[0]!.measureId = 'measure-ghost'), 'measureId'],
    ['two actuals of one measure for one month', (data) => void data.measureActuals.push({ ...data.measureActuals[0]!, id: 'actual-twin' }), 'month'],
    ['an action of a meeting not in the backup', (data) => void (data.actions[0]!.meetingId = 'meeting-ghost'), 'meetingId'],
    ['an action due by another board’s meeting', (data) => void (data.actions[0]!.due = { kind: 'meeting', meetingId: data.meetings.find((meeting) => meeting.boardId !== data.actions[0]!.boardId)!.id }), 'due'],
    ['an action owned by nobody known', (data) => void (data.actions[0]!.ownerId = 'p-ghost'), 'ownerId'],
    ['a meeting attended by nobody known', (data) => void (data.meetings[0]!.attendance = { present: ['p-ghost'], apologies: [], others: '' }), 'present'],
    ['a correction by nobody known', (data) => void data.measureActuals[0]!.corrections.push({ at: '2026-11-01T10:00:00.000Z', byId: 'p-ghost', value: 1, note: '' }), 'byId'],
  ])('refuses %s, naming it, and changes nothing', async (_name, edit, field) => {
    const before = await storedData()
    const response = await call('POST', '/api/import', { as: ADMIN, body: await resealed(edit) })
    expect(response.status).toBe(400)
    expect(response.json.errors.some((error: { path: string }) => error.path.split('.').includes(field)), JSON.stringify(response.json.errors)).toBe(true)
    expect(await storedData()).toEqual(before)
  })

  it('so a member can never be given a chair’s powers by a restore', async () => {
    await call('POST', '/api/import', { as: ADMIN, body: await resealed((data) => void (data.boards[0]!.chairId = MEMBER)) })
    const plan = (await stored.plans.toArray())[0]!
    const patched = await call('PATCH', `/api/plans/${plan.id}`, { as: MEMBER, ifMatch: plan.version, body: { title: 'Taken over' } })
    expect(patched.status).toBe(403)
  })
})

describe('a change must leave a record that a creation could have made', () => {
  it('a report cannot be left due nowhere, nor due twice', async () => {
    const report = (await stored.reports.toArray()).find((candidate) => candidate.status === 'requested' && candidate.dueMeetingId)!
    const board = (await stored.boards.get(report.requestedByBoardId))!
    const nowhere = await call('PATCH', `/api/reports/${report.id}`, { as: board.chairId, ifMatch: report.version, body: { dueMeetingId: null } })
    expect(nowhere.status).toBe(400)
    expect(nowhere.json.errors[0].path).toBe('due')
    const month = await call('PATCH', `/api/reports/${report.id}`, { as: board.chairId, ifMatch: report.version, body: { dueMonth: '2027-06' } })
    expect(month.status).toBe(200)
    expect(month.json).toMatchObject({ dueMonth: '2027-06', dueMeetingId: null, dueNextMeeting: false })
  })
})

describe('a plan’s inspection', () => {
  it('cannot change while its milestones answer that inspection’s recommendations (409), so none is left answering nothing', async () => {
    const plan = (await stored.plans.toArray()).find((candidate) => candidate.inspectionId)!
    const board = (await stored.boards.get(plan.boardId))!
    const response = await call('PATCH', `/api/plans/${plan.id}`, { as: board.chairId, ifMatch: plan.version, body: { inspectionId: null } })
    expect(response.status).toBe(409)
    expect(datasetProblems(await storedData())).toEqual([])
  })
})
