// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { milestoneSchema, milestoneUpdateResultSchema, milestoneUpdateSchema } from '@/contract/milestones'
import { failNextWrite, stored } from '../testing/stored'
import { call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR, TEST_TODAY } from '../testing/api'

// milestone-13: "85% of assessments completed within 45 working days", owned by Mark Ellison (p-safeguarding).
const OWNED = 'milestone-13'
// milestone-21: owned by Priya Natarajan, not the director in these tests.
const NOT_OWNED = 'milestone-21'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

async function version(id: string): Promise<number> {
  return (await stored.milestones.get(id))!.version
}

describe('GET /api/milestones', () => {
  it('lists a plan’s milestones with derived flags, by due date', async () => {
    const response = await call('GET', '/api/milestones?planId=plan-northshire')
    expect(response.status).toBe(200)
    expect(response.json).toHaveLength(41)
    for (const milestone of response.json) milestoneSchema.parse(milestone)
    const dates = response.json.map((milestone: { dueDate: string }) => milestone.dueDate)
    expect(dates).toEqual([...dates].sort())
  })

  it.each([
    ['rag=red', (m: { rag: string }) => m.rag === 'red'],
    ['overdue=true', (m: { overdue: boolean }) => m.overdue],
    ['ownerId=p-workforce', (m: { ownerId: string }) => m.ownerId === 'p-workforce'],
  ])('filters by %s', async (query, predicate) => {
    const response = await call('GET', `/api/milestones?planId=plan-northshire&${query}`)
    expect(response.json.length).toBeGreaterThan(0)
    expect(response.json.every(predicate)).toBe(true)
  })

  it('finds milestones by free text', async () => {
    const response = await call('GET', '/api/milestones?q=CARE%20LEAVER')
    expect(response.json.map((m: { title: string }) => m.title)).toEqual(
      expect.arrayContaining(['Health passports for care leavers', 'Refreshed local offer for care leavers published']),
    )
  })

  it('says a green milestone past its due date is overdue, and flags stale and completed-late ones', async () => {
    const all = (await call('GET', '/api/milestones')).json as Array<{ title: string; rag: string; overdue: boolean; stale: boolean; completedLate: boolean }>
    const byTitle = (title: string) => all.find((m) => m.title === title)!
    expect(byTitle('Practice leadership programme for team managers')).toMatchObject({ rag: 'green', overdue: true })
    expect(byTitle('Data quality improvement plan for case recording')).toMatchObject({ stale: true, overdue: false })
    expect(byTitle('Monthly audits of practice-focused supervision')).toMatchObject({ rag: 'blue', completedLate: true, overdue: false })
  })

  it('tells the demo’s slippage story: dates moved only with the chair, one awaiting the chair, one refused, one completion awaiting sign-off', async () => {
    const all = (await call('GET', '/api/milestones?planId=plan-northshire')).json as Array<Record<string, unknown>>
    const byTitle = (title: string) => all.find((m) => m.title === title)!
    expect(byTitle('Redesign of the multi-agency front door')).toMatchObject({ baselineDueDate: '2026-10-09', dueDate: '2027-06-01', slipped: true, slippedDays: 235, overdue: false })
    expect(byTitle('Pathway plan reviewed for every care leaver aged 18 to 21')).toMatchObject({ dueDate: '2026-12-08', proposedDueDate: '2027-02-06' })
    expect(byTitle('Missing children data shared weekly with the police')).toMatchObject({ dueDate: '2026-12-18', baselineDueDate: '2026-12-18', proposedDueDate: null })
    expect(byTitle('Council tax exemption for care leavers up to 25')).toMatchObject({ rag: 'blue', signOff: 'awaiting' })
    const changes = (await call('GET', '/api/date-changes?planId=plan-northshire')).json as Array<{ status: string }>
    expect(changes.map((change) => change.status).sort()).toEqual(['agreed', 'agreed', 'agreed', 'proposed', 'refused'])
    expect((await call('GET', '/api/milestones?planId=plan-northshire&slipped=true')).json.length).toBeGreaterThan(3)
    expect((await call('GET', '/api/milestones?signOff=awaiting')).json.map((m: { title: string }) => m.title)).toEqual(['Council tax exemption for care leavers up to 25'])
  })

  it('answers 400 for a bad filter and 404 for an unknown milestone', async () => {
    expect((await call('GET', '/api/milestones?rag=purple')).status).toBe(400)
    expect((await call('GET', '/api/milestones/nope')).status).toBe(404)
  })
})

describe('POST /api/milestones', () => {
  const body = { planId: 'plan-northshire', themeId: 'theme-workforce', title: 'Retention payments reviewed', ownerId: 'p-workforce', dueDate: '2027-03-31', recommendationIds: ['rec-5'] }

  it('lets the plan board’s chair add a milestone, Not started, with a created entry in its history', async () => {
    const response = await call('POST', '/api/milestones', { as: CHAIR, body })
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({ ...body, rag: 'not-started', overdue: false, version: 1 })
    const history = await call('GET', `/api/milestones/${response.json.id}/updates`)
    expect(history.json).toMatchObject([{ kind: 'created', authorId: CHAIR }])
  })

  it.each([
    ['the chair of another board', SCRUTINY_CHAIR],
    ['a director', DIRECTOR],
    ['a member', MEMBER],
  ])('refuses %s', async (_who, personId) => {
    const before = await stored.milestones.count()
    expect((await call('POST', '/api/milestones', { as: personId, body })).status).toBe(403)
    expect(await stored.milestones.count()).toBe(before)
  })

  it('refuses a theme of another plan, an unknown recommendation, and a member or a chair as owner', async () => {
    // Owners are officers: a chair made owner could not then update what they own.
    for (const [field, value] of [['themeId', 'theme-nope'], ['recommendationIds', ['rec-99']], ['ownerId', MEMBER], ['ownerId', SCRUTINY_CHAIR]] as const) {
      const response = await call('POST', '/api/milestones', { as: CHAIR, body: { ...body, [field]: value } })
      expect(response.status).toBe(400)
      expect(response.json.errors[0].path).toMatch(new RegExp(`^${field}`))
    }
  })
})

describe('PATCH and DELETE /api/milestones/:id', () => {
  it('records an owner change as an edit and, in an agreed plan, a due date change as a date change the chair agreed', async () => {
    const response = await call('PATCH', `/api/milestones/${OWNED}`, {
      as: CHAIR,
      ifMatch: await version(OWNED),
      body: { ownerId: 'p-dcs', dueDate: '2027-01-29', reason: 'Agreed at the board.' },
    })
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({ ownerId: 'p-dcs', dueDate: '2027-01-29', baselineDueDate: '2026-12-03', slipped: true, slippedDays: 57 })
    const [dated, edited] = (await call('GET', `/api/milestones/${OWNED}/updates`)).json
    expect(edited).toMatchObject({ kind: 'edit', authorId: CHAIR, commentary: 'Agreed at the board.', changes: [{ field: 'ownerId', from: DIRECTOR, to: 'p-dcs' }] })
    expect(dated).toMatchObject({ kind: 'date-agreed', authorId: CHAIR, commentary: 'Agreed at the board.', changes: [{ field: 'dueDate', from: '2026-12-03', to: '2027-01-29' }] })
    const [change] = (await call('GET', `/api/milestones/${OWNED}/date-changes`)).json
    expect(change).toMatchObject({ id: dated.dateChangeId, status: 'agreed', fromDate: '2026-12-03', toDate: '2027-01-29', reason: 'Agreed at the board.', proposedById: CHAIR, decidedById: CHAIR })
  })

  it('needs the reason when the chair moves an agreed plan’s due date, and stores nothing without it', async () => {
    const before = await stored.milestones.get(OWNED)
    const changes = await stored.dateChanges.count()
    const response = await call('PATCH', `/api/milestones/${OWNED}`, { as: CHAIR, ifMatch: before!.version, body: { dueDate: '2027-01-29', title: 'Renamed' } })
    expect(response.status).toBe(400)
    expect(response.json.errors).toEqual([{ path: 'reason', message: 'Enter why the due date changes: the reason is kept with the agreed date change' }])
    expect(await stored.milestones.get(OWNED)).toEqual(before)
    expect(await stored.dateChanges.count()).toBe(changes)
  })

  it('needs If-Match: 428 without, 412 with a stale one', async () => {
    expect((await call('PATCH', `/api/milestones/${OWNED}`, { as: CHAIR, body: { title: 'New' } })).status).toBe(428)
    const stale = await call('PATCH', `/api/milestones/${OWNED}`, { as: CHAIR, ifMatch: 1, body: { title: 'New' } })
    expect(stale.status).toBe(412)
    expect(stale.json.current).toMatchObject({ id: OWNED, title: '85% of assessments completed within 45 working days' })
  })

  it('will not delete a milestone with a history (409), but will delete one added by mistake', async () => {
    const withHistory = await call('DELETE', `/api/milestones/${OWNED}`, { as: CHAIR, ifMatch: await version(OWNED) })
    expect(withHistory.status).toBe(409)
    const created = await call('POST', '/api/milestones', {
      as: CHAIR,
      body: { planId: 'plan-northshire', themeId: 'theme-workforce', title: 'Typo', ownerId: 'p-workforce', dueDate: '2027-03-31' },
    })
    const deleted = await call('DELETE', `/api/milestones/${created.json.id}`, { as: CHAIR, ifMatch: 1 })
    expect(deleted.status).toBe(204)
    expect(await stored.milestoneUpdates.where('milestoneId').equals(created.json.id).count()).toBe(0)
  })
})

describe('milestone updates', () => {
  const offTrack = {
    rag: 'red',
    commentary: 'Assessment timeliness fell to 61% in October.',
    recoveryAction: 'Two agency assessment teams from December.',
  }

  it('lists the history newest first, every entry matching the contract', async () => {
    const response = await call('GET', `/api/milestones/${OWNED}/updates`)
    expect(response.status).toBe(200)
    // At least two entries, or the order below is not tested.
    expect(response.json.length).toBeGreaterThan(1)
    for (const update of response.json) milestoneUpdateSchema.parse(update)
    const times = response.json.map((update: { at: string }) => update.at)
    expect(times).toEqual([...times].sort().reverse())
  })

  it('lets the owning director post a status update, which moves the milestone’s status', async () => {
    const response = await call('POST', `/api/milestones/${OWNED}/updates`, { as: DIRECTOR, ifMatch: await version(OWNED), body: { ...offTrack, rag: 'amber' } })
    expect(response.status).toBe(201)
    const result = milestoneUpdateResultSchema.parse(response.json)
    expect(result.update).toMatchObject({ fromRag: 'red', rag: 'amber', authorId: DIRECTOR, kind: 'status' })
    expect(result.milestone).toMatchObject({ rag: 'amber', lastUpdatedAt: result.update.at })
    expect(response.headers.get('ETag')).toBe(`"${result.milestone.version}"`)
  })

  it('refuses a director who does not own the milestone, and a member', async () => {
    expect((await call('POST', `/api/milestones/${NOT_OWNED}/updates`, { as: DIRECTOR, ifMatch: await version(NOT_OWNED), body: offTrack })).status).toBe(403)
    expect((await call('POST', `/api/milestones/${OWNED}/updates`, { as: MEMBER, ifMatch: await version(OWNED), body: offTrack })).status).toBe(403)
  })

  it.each([
    ['commentary is missing', { rag: 'green' }, 'commentary', 'Enter commentary'],
    ['an off-track update has no recovery action', { rag: 'red', commentary: 'Late.' }, 'recoveryAction', 'Enter the recovery action for a milestone at risk or off track'],
    ['an at-risk update has no recovery action', { rag: 'amber', commentary: 'Slipping.' }, 'recoveryAction', 'Enter the recovery action for a milestone at risk or off track'],
    ['a complete update has no evidence', { rag: 'blue', commentary: 'Done.' }, 'evidence', 'Enter the evidence that the milestone is complete'],
  ])('answers 400 when %s, and changes nothing', async (_case, body, path, message) => {
    const before = await stored.milestoneUpdates.count()
    const response = await call('POST', `/api/milestones/${OWNED}/updates`, { as: DIRECTOR, ifMatch: await version(OWNED), body })
    expect(response.status).toBe(400)
    expect(response.json.errors).toContainEqual({ path, message })
    expect(await stored.milestoneUpdates.count()).toBe(before)
    expect((await stored.milestones.get(OWNED))!.rag).toBe('red')
  })

  it('keeps the first of two updates made from the same version; the second gets 412 with the current milestone', async () => {
    const seen = await version(OWNED)
    const first = await call('POST', `/api/milestones/${OWNED}/updates`, { as: DIRECTOR, ifMatch: seen, body: { ...offTrack, rag: 'amber' } })
    const second = await call('POST', `/api/milestones/${OWNED}/updates`, { as: CHAIR, ifMatch: seen, body: { rag: 'green', commentary: 'Recovered.' } })
    expect(first.status).toBe(201)
    expect(second.status).toBe(412)
    expect(second.json.current).toMatchObject({ rag: 'amber', version: seen + 1 })
    expect((await stored.milestones.get(OWNED))!.rag).toBe('amber')
  })

  it('needs If-Match (428)', async () => {
    expect((await call('POST', `/api/milestones/${OWNED}/updates`, { as: DIRECTOR, body: offTrack })).status).toBe(428)
  })

  it('turns the owner’s revised due date into a proposal to the chair: the due date stays until the chair agrees', async () => {
    const revised = await call('POST', `/api/milestones/${OWNED}/updates`, {
      as: DIRECTOR,
      ifMatch: await version(OWNED),
      body: { ...offTrack, revisedDueDate: '2027-02-26' },
    })
    expect(revised.status).toBe(201)
    expect(revised.json.milestone).toMatchObject({ rag: 'red', dueDate: '2026-12-03', proposedDueDate: '2027-02-26' })
    expect(revised.json.update).toMatchObject({ kind: 'status', changes: [] })
    expect(revised.json.update.revisedDueDate).toBeUndefined()
    const [proposed] = (await call('GET', `/api/milestones/${OWNED}/updates`)).json
    expect(proposed).toMatchObject({ kind: 'date-proposed', authorId: DIRECTOR, revisedDueDate: '2027-02-26', commentary: offTrack.commentary, changes: [] })
    const [change] = (await call('GET', `/api/date-changes?planId=plan-northshire&status=proposed`)).json
    expect(change).toMatchObject({ milestoneId: OWNED, fromDate: '2026-12-03', toDate: '2027-02-26', reason: offTrack.commentary, status: 'proposed', decidedById: null })
  })

  it('makes the chair’s revised due date an agreed change at once', async () => {
    const revised = await call('POST', `/api/milestones/${OWNED}/updates`, { as: CHAIR, ifMatch: await version(OWNED), body: { ...offTrack, revisedDueDate: '2027-02-26' } })
    expect(revised.json.milestone).toMatchObject({ dueDate: '2027-02-26', baselineDueDate: '2026-12-03', proposedDueDate: null, slippedDays: 85 })
    const kinds = (await call('GET', `/api/milestones/${OWNED}/updates`)).json.slice(0, 2).map((entry: { kind: string }) => entry.kind)
    expect(kinds).toEqual(['date-agreed', 'status'])
  })

  it('records a completion as the day it was made Complete, awaiting the chair’s sign-off', async () => {
    const done = await call('POST', `/api/milestones/${OWNED}/updates`, {
      as: DIRECTOR,
      ifMatch: await version(OWNED),
      body: { rag: 'blue', commentary: 'Done.', evidence: 'October audit.' },
    })
    expect(done.json.milestone).toMatchObject({ rag: 'blue', completedOn: '2026-11-23', completedLate: false, overdue: false, signOff: 'awaiting', signedOffById: null })
  })

  it('is append-only: PATCH and DELETE of updates are 405', async () => {
    expect((await call('PATCH', `/api/milestones/${OWNED}/updates`, { as: CHAIR, body: {} })).status).toBe(405)
    expect((await call('DELETE', `/api/milestones/${OWNED}/updates`, { as: CHAIR })).status).toBe(405)
    expect((await call('DELETE', `/api/milestones/${OWNED}/updates/${OWNED}-update-1`, { as: CHAIR })).status).toBe(405)
  })
})

describe('history order', () => {
  it('keeps entries in the order they were made, even within one millisecond', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T10:00:00.000Z') })
    const created = await call('POST', '/api/milestones', {
      as: CHAIR,
      body: { planId: 'plan-northshire', themeId: 'theme-workforce', title: 'Same instant', ownerId: 'p-workforce', dueDate: '2027-03-31' },
    })
    await call('PATCH', `/api/milestones/${created.json.id}`, { as: CHAIR, ifMatch: 1, body: { ownerId: 'p-dcs' } })
    await call('POST', `/api/milestones/${created.json.id}/updates`, { as: CHAIR, ifMatch: 2, body: { rag: 'green', commentary: 'Started.' } })
    const history = (await call('GET', `/api/milestones/${created.json.id}/updates`)).json
    expect(history.map((entry: { kind: string }) => entry.kind)).toEqual(['status', 'edit', 'created'])
  })
})

describe('a full disk', () => {
  it('answers 507 "Not saved" and changes nothing', async () => {
    const before = await stored.milestones.get(OWNED)
    const updates = await stored.milestoneUpdates.count()
    const restore = failNextWrite('milestones', 'put', new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    const response = await call('POST', `/api/milestones/${OWNED}/updates`, {
      as: DIRECTOR,
      ifMatch: before!.version,
      body: { rag: 'amber', commentary: 'Improving.', recoveryAction: 'Weekly clinics.' },
    })
    restore()
    expect(response.status).toBe(507)
    expect(response.json.title).toBe('Not saved: storage is full')
    expect(await stored.milestones.get(OWNED)).toEqual(before)
    expect(await stored.milestoneUpdates.count()).toBe(updates)
  })
})
