// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { dateChangeResultSchema, dateChangeSchema } from '@/contract/date-changes'
import { meetingPackSchema } from '@/contract/pack'
import { stored } from '../testing/stored'
import { call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR, TEST_TODAY } from '../testing/api'

// milestone-13: "85% of assessments completed within 45 working days", owned by Mark Ellison (DIRECTOR), due 3 December 2026, Off track.
const OWNED = 'milestone-13'
const DUE = '2026-12-03'
// milestone-21: owned by Priya Natarajan, not the director in these tests.
const NOT_OWNED = 'milestone-21'
const proposal = { toDate: '2027-06-01', reason: 'The new assessment teams start in April; the audit needs three months of their work.' }

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  // The demo's story has its own date changes; these tests start from none.
  await stored.dateChanges.clear()
  return () => vi.useRealTimers()
})

async function version(id: string): Promise<number> {
  return (await stored.milestones.get(id))!.version
}

async function propose(body: object = proposal, as = DIRECTOR, id = OWNED) {
  return call('POST', `/api/milestones/${id}/date-changes`, { as, ifMatch: await version(id), body })
}

async function decide(changeId: string, body: object, as = CHAIR, id = OWNED) {
  return call('POST', `/api/milestones/${id}/date-changes/${changeId}/decision`, { as, ifMatch: await version(id), body })
}

/** A milestone in a new plan of the improvement board, still a draft. */
async function draftMilestone() {
  const plan = await call('POST', '/api/plans', { as: CHAIR, body: { boardId: 'board-improvement', title: 'Early help plan', themes: [{ title: 'Early help' }] } })
  expect(plan.json.status).toBe('draft')
  const created = await call('POST', '/api/milestones', {
    as: CHAIR,
    body: { planId: plan.json.id, themeId: plan.json.themes[0].id, title: 'Early help strategy', ownerId: DIRECTOR, dueDate: '2027-03-31' },
  })
  await call('POST', `/api/milestones/${created.json.id}/updates`, { as: DIRECTOR, ifMatch: 1, body: { rag: 'green', commentary: 'Drafting has begun.' } })
  return (await stored.milestones.get(created.json.id))!
}

describe('an owner proposes a new date in an agreed plan', () => {
  it('records the proposal, leaves the due date as it is and shows the proposed date on the milestone', async () => {
    const response = await propose()
    expect(response.status).toBe(201)
    const result = dateChangeResultSchema.parse(response.json)
    expect(result.dateChange).toMatchObject({ milestoneId: OWNED, planId: 'plan-northshire', fromDate: DUE, toDate: '2027-06-01', reason: proposal.reason, status: 'proposed', proposedById: DIRECTOR, decidedById: null, decidedAt: null })
    expect(result.milestone).toMatchObject({ dueDate: DUE, baselineDueDate: DUE, proposedDueDate: '2027-06-01', slipped: false })
    expect(response.headers.get('ETag')).toBe(`"${result.milestone.version}"`)
    const [entry] = (await call('GET', `/api/milestones/${OWNED}/updates`)).json
    expect(entry).toMatchObject({ kind: 'date-proposed', authorId: DIRECTOR, revisedDueDate: '2027-06-01', commentary: proposal.reason, dateChangeId: result.dateChange!.id, changes: [] })
    expect((await call('GET', `/api/milestones/${OWNED}`)).json.proposedDueDate).toBe('2027-06-01')
  })

  it('allows one open proposal per milestone: another, or the chair’s own new date, is a 409 until the chair decides', async () => {
    expect((await propose()).status).toBe(201)
    const before = await stored.dateChanges.count()
    expect((await propose({ ...proposal, toDate: '2027-07-01' })).status).toBe(409)
    expect((await propose({ ...proposal, toDate: '2027-07-01' }, CHAIR)).status).toBe(409)
    const patch = await call('PATCH', `/api/milestones/${OWNED}`, { as: CHAIR, ifMatch: await version(OWNED), body: { dueDate: '2027-07-01', reason: 'Board decision' } })
    expect(patch.status).toBe(409)
    const update = await call('POST', `/api/milestones/${OWNED}/updates`, {
      as: DIRECTOR,
      ifMatch: await version(OWNED),
      body: { rag: 'amber', commentary: 'Better.', recoveryAction: 'More staff.', revisedDueDate: '2027-07-01' },
    })
    expect(update.status).toBe(409)
    expect(await stored.dateChanges.count()).toBe(before)
    expect((await stored.milestones.get(OWNED))!.rag).toBe('red')
  })

  it.each([
    ['a director who does not own it', DIRECTOR, NOT_OWNED],
    ['a member', MEMBER, OWNED],
    ['the chair of another board', SCRUTINY_CHAIR, OWNED],
  ])('refuses %s (403) and stores nothing', async (_who, as, id) => {
    const response = await propose(proposal, as, id)
    expect(response.status).toBe(403)
    expect(response.json.detail).toBeTruthy()
    expect(await stored.dateChanges.count()).toBe(0)
  })

  it.each([
    ['no reason', { toDate: '2027-06-01' }, 'reason'],
    ['a blank reason', { toDate: '2027-06-01', reason: '   ' }, 'reason'],
    ['no date', { reason: 'Late.' }, 'toDate'],
    ['a date that is not real', { toDate: '2027-02-30', reason: 'Late.' }, 'toDate'],
    ['the date it is already due', { toDate: DUE, reason: 'Late.' }, 'toDate'],
  ])('answers 400 for %s', async (_case, body, path) => {
    const response = await propose(body)
    expect(response.status).toBe(400)
    expect(response.json.errors.map((error: { path: string }) => error.path)).toContain(path)
    expect(await stored.dateChanges.count()).toBe(0)
  })

  it('needs If-Match on the milestone: 428 without, 412 with a stale one', async () => {
    expect((await call('POST', `/api/milestones/${OWNED}/date-changes`, { as: DIRECTOR, body: proposal })).status).toBe(428)
    const stale = await call('POST', `/api/milestones/${OWNED}/date-changes`, { as: DIRECTOR, ifMatch: 1, body: proposal })
    expect(stale.status).toBe(412)
    expect(stale.json.current).toMatchObject({ id: OWNED, dueDate: DUE })
    expect(await stored.dateChanges.count()).toBe(0)
  })

  it('answers 404 for an unknown milestone', async () => {
    expect((await call('POST', '/api/milestones/nope/date-changes', { as: DIRECTOR, ifMatch: 1, body: proposal })).status).toBe(404)
    expect((await call('GET', '/api/milestones/nope/date-changes')).status).toBe(404)
  })
})

describe('the board chair decides', () => {
  it('agrees: the due date moves, the history records the change, and the milestone has slipped from its baseline', async () => {
    const { json } = await propose()
    const response = await decide(json.dateChange.id, { decision: 'agreed', note: 'Agreed at the board on 3 December.' })
    expect(response.status).toBe(200)
    const result = dateChangeResultSchema.parse(response.json)
    expect(result.dateChange).toMatchObject({ status: 'agreed', decidedById: CHAIR, decisionNote: 'Agreed at the board on 3 December.', version: 2 })
    expect(result.milestone).toMatchObject({ dueDate: '2027-06-01', baselineDueDate: DUE, proposedDueDate: null, slipped: true, slippedDays: 180 })
    const [entry] = (await call('GET', `/api/milestones/${OWNED}/updates`)).json
    expect(entry).toMatchObject({ kind: 'date-agreed', authorId: CHAIR, dateChangeId: json.dateChange.id, changes: [{ field: 'dueDate', from: DUE, to: '2027-06-01' }] })
  })

  it('refuses with a reason: the due date stays and the history says why', async () => {
    const { json } = await propose()
    const response = await decide(json.dateChange.id, { decision: 'refused', note: 'Bring a recovery plan to the board instead.' })
    expect(response.status).toBe(200)
    expect(response.json.dateChange).toMatchObject({ status: 'refused', decidedById: CHAIR, decisionNote: 'Bring a recovery plan to the board instead.' })
    expect(response.json.milestone).toMatchObject({ dueDate: DUE, proposedDueDate: null })
    const [entry] = (await call('GET', `/api/milestones/${OWNED}/updates`)).json
    expect(entry).toMatchObject({ kind: 'date-refused', commentary: 'Bring a recovery plan to the board instead.', revisedDueDate: '2027-06-01', changes: [] })
  })

  it('needs a reason to refuse (400) and changes nothing', async () => {
    const { json } = await propose()
    const response = await decide(json.dateChange.id, { decision: 'refused' })
    expect(response.status).toBe(400)
    expect(response.json.errors).toEqual([{ path: 'note', message: 'Enter why the new date is refused' }])
    expect((await stored.dateChanges.get(json.dateChange.id))!.status).toBe('proposed')
  })

  it('decides once: a second decision is a 409', async () => {
    const { json } = await propose()
    expect((await decide(json.dateChange.id, { decision: 'agreed' })).status).toBe(200)
    const again = await decide(json.dateChange.id, { decision: 'refused', note: 'Changed my mind.' })
    expect(again.status).toBe(409)
    expect((await stored.milestones.get(OWNED))!.dueDate).toBe('2027-06-01')
  })

  it.each([
    ['the owning director', DIRECTOR],
    ['a member', MEMBER],
    ['the chair of another board', SCRUTINY_CHAIR],
  ])('refuses a decision by %s (403)', async (_who, as) => {
    const { json } = await propose()
    expect((await decide(json.dateChange.id, { decision: 'agreed' }, as)).status).toBe(403)
    expect((await stored.dateChanges.get(json.dateChange.id))!.status).toBe('proposed')
  })

  it('needs If-Match on the milestone, and answers 404 for a change of another milestone', async () => {
    const { json } = await propose()
    const path = `/api/milestones/${OWNED}/date-changes/${json.dateChange.id}/decision`
    expect((await call('POST', path, { as: CHAIR, body: { decision: 'agreed' } })).status).toBe(428)
    expect((await call('POST', path, { as: CHAIR, ifMatch: 1, body: { decision: 'agreed' } })).status).toBe(412)
    expect((await decide('nope', { decision: 'agreed' })).status).toBe(404)
    const elsewhere = await call('POST', `/api/milestones/${NOT_OWNED}/date-changes/${json.dateChange.id}/decision`, {
      as: CHAIR,
      ifMatch: await version(NOT_OWNED),
      body: { decision: 'agreed' },
    })
    expect(elsewhere.status).toBe(404)
    expect((await stored.dateChanges.get(json.dateChange.id))!.status).toBe('proposed')
  })

  it('agrees the chair’s own new date at once', async () => {
    const response = await propose(proposal, CHAIR)
    expect(response.status).toBe(201)
    expect(response.json.dateChange).toMatchObject({ status: 'agreed', proposedById: CHAIR, decidedById: CHAIR })
    expect(response.json.milestone).toMatchObject({ dueDate: '2027-06-01', proposedDueDate: null, slippedDays: 180 })
    const [entry] = (await call('GET', `/api/milestones/${OWNED}/updates`)).json
    expect(entry).toMatchObject({ kind: 'date-agreed', commentary: proposal.reason, changes: [{ field: 'dueDate', from: DUE, to: '2027-06-01' }] })
  })
})

describe('while the plan is a draft', () => {
  it('a due date simply changes: no date change to decide, no baseline, recorded in the history', async () => {
    const milestone = await draftMilestone()
    const response = await call('POST', `/api/milestones/${milestone.id}/date-changes`, { as: DIRECTOR, ifMatch: milestone.version, body: proposal })
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({ dateChange: null, milestone: { dueDate: '2027-06-01', baselineDueDate: null, slipped: false, proposedDueDate: null } })
    expect(await stored.dateChanges.count()).toBe(0)
    const [entry] = (await call('GET', `/api/milestones/${milestone.id}/updates`)).json
    expect(entry).toMatchObject({ kind: 'edit', commentary: proposal.reason, changes: [{ field: 'dueDate', from: '2027-03-31', to: '2027-06-01' }] })
  })

  it('the chair’s edit and an update’s revised date move it too, with no reason needed', async () => {
    const milestone = await draftMilestone()
    const patch = await call('PATCH', `/api/milestones/${milestone.id}`, { as: CHAIR, ifMatch: milestone.version, body: { dueDate: '2027-04-30' } })
    expect(patch.json.dueDate).toBe('2027-04-30')
    const update = await call('POST', `/api/milestones/${milestone.id}/updates`, {
      as: DIRECTOR,
      ifMatch: patch.json.version,
      body: { rag: 'green', commentary: 'Moved with the consultation.', revisedDueDate: '2027-05-28' },
    })
    expect(update.json.milestone.dueDate).toBe('2027-05-28')
    expect(update.json.update).toMatchObject({ revisedDueDate: '2027-05-28', changes: [{ field: 'dueDate', from: '2027-04-30', to: '2027-05-28' }] })
    expect(await stored.dateChanges.count()).toBe(0)
  })
})

describe('GET /api/date-changes', () => {
  it('lists changes by plan and status, newest first, each matching the contract', async () => {
    const first = await propose()
    await decide(first.json.dateChange.id, { decision: 'refused', note: 'Not yet.' })
    vi.setSystemTime(new Date('2026-11-23T12:00:00'))
    await propose({ toDate: '2027-01-15', reason: 'Six weeks more for the audit.' })
    const all = await call('GET', '/api/date-changes?planId=plan-northshire')
    expect(all.status).toBe(200)
    const changes = z.array(dateChangeSchema).parse(all.json)
    expect(changes.map((change) => change.status)).toEqual(['proposed', 'refused'])
    expect((await call('GET', '/api/date-changes?status=proposed')).json).toHaveLength(1)
    expect((await call('GET', '/api/date-changes?planId=plan-other')).json).toEqual([])
    expect((await call('GET', '/api/date-changes?status=maybe')).status).toBe(400)
  })
})

describe('the meeting pack', () => {
  it('shows the dates changed since the board’s last meeting: proposed, agreed and refused', async () => {
    const agreed = await propose({ toDate: '2027-01-29', reason: 'Audit sample widened.' })
    await decide(agreed.json.dateChange.id, { decision: 'agreed' })
    const refused = await propose({ toDate: '2027-09-01', reason: 'Still at risk.' }, 'p-children-in-care', NOT_OWNED)
    await decide(refused.json.dateChange.id, { decision: 'refused', note: 'A recovery plan, not a new date.' }, CHAIR, NOT_OWNED)
    await propose({ toDate: '2027-03-01', reason: 'The new teams start late.' })
    const response = await call('GET', '/api/meetings/meeting-improvement-2026-12-03/pack')
    const pack = meetingPackSchema.parse(response.json)
    expect(pack.previousMeeting?.date).toBe('2026-11-05')
    expect(pack.dateChanges.map((change) => [change.milestoneTitle, change.status, change.toDate])).toEqual(
      expect.arrayContaining([
        ['85% of assessments completed within 45 working days', 'agreed', '2027-01-29'],
        ['Pathway for 16- and 17-year-olds who present as homeless', 'refused', '2027-09-01'],
        ['85% of assessments completed within 45 working days', 'proposed', '2027-03-01'],
      ]),
    )
    expect(pack.dateChanges).toHaveLength(3)
    // A meeting before the changes were made does not list them.
    const earlier = meetingPackSchema.parse((await call('GET', '/api/meetings/meeting-improvement-2026-11-05/pack')).json)
    expect(earlier.dateChanges).toEqual([])
  })
})
