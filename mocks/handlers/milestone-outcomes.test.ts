// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { milestoneSchema, milestoneUpdateResultSchema } from '@/contract/milestones'
import { meetingPackSchema } from '@/contract/pack'
import { stored } from '../testing/stored'
import { call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR, TEST_TODAY } from '../testing/api'

// milestone-13: owned by Mark Ellison (DIRECTOR), Off track, due 3 December 2026.
const OWNED = 'milestone-13'
const complete = { rag: 'blue', commentary: 'Timeliness reached 86% in November.', evidence: 'November performance report, page 4.' }

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

async function version(id: string): Promise<number> {
  return (await stored.milestones.get(id))!.version
}

async function markComplete(as = DIRECTOR, id = OWNED) {
  return call('POST', `/api/milestones/${id}/updates`, { as, ifMatch: await version(id), body: complete })
}

async function signOff(body: object, as = CHAIR, id = OWNED) {
  return call('POST', `/api/milestones/${id}/sign-off`, { as, ifMatch: await version(id), body })
}

async function close(body: object, as = CHAIR, id = OWNED) {
  return call('POST', `/api/milestones/${id}/close`, { as, ifMatch: await version(id), body })
}

describe('completion sign-off', () => {
  it('an owner’s Complete awaits the chair; the chair signs it off', async () => {
    const done = await markComplete()
    expect(done.json.milestone).toMatchObject({ rag: 'blue', signOff: 'awaiting', signedOffById: null, signedOffOn: null })
    const awaiting = await call('GET', '/api/milestones?planId=plan-northshire&signOff=awaiting')
    expect(awaiting.json.map((milestone: { id: string }) => milestone.id)).toContain(OWNED)

    const response = await signOff({ decision: 'signed-off' })
    expect(response.status).toBe(200)
    const result = milestoneUpdateResultSchema.parse(response.json)
    expect(result.milestone).toMatchObject({ rag: 'blue', signOff: 'signed-off', signedOffById: CHAIR, signedOffOn: '2026-11-23', completedOn: '2026-11-23' })
    expect(result.update).toMatchObject({ kind: 'signed-off', authorId: CHAIR, fromRag: 'blue', rag: 'blue' })
    expect(response.headers.get('ETag')).toBe(`"${result.milestone.version}"`)
    const [latest] = (await call('GET', `/api/milestones/${OWNED}/updates`)).json
    expect(latest.kind).toBe('signed-off')
  })

  it('the chair sends it back with a reason: its status returns to the one before Complete', async () => {
    await markComplete()
    const response = await signOff({ decision: 'sent-back', reason: 'The November figure is provisional: bring the validated December figure.' })
    expect(response.status).toBe(200)
    expect(response.json.milestone).toMatchObject({ rag: 'red', completedOn: null, signOff: null, signedOffById: null, overdue: false })
    expect(response.json.update).toMatchObject({ kind: 'sent-back', fromRag: 'blue', rag: 'red', commentary: 'The November figure is provisional: bring the validated December figure.' })
    expect(response.json.milestone.lastUpdatedAt).toBe(response.json.update.at)
  })

  it('sends back to the status before the latest Complete, past any further Complete updates', async () => {
    await call('POST', `/api/milestones/${OWNED}/updates`, { as: DIRECTOR, ifMatch: await version(OWNED), body: { rag: 'amber', commentary: 'Better.', recoveryAction: 'Clinics.' } })
    await markComplete()
    await markComplete()
    const response = await signOff({ decision: 'sent-back', reason: 'No evidence yet.' })
    expect(response.json.milestone.rag).toBe('amber')
  })

  it('needs a reason to send back (400), and changes nothing', async () => {
    await markComplete()
    const before = await stored.milestones.get(OWNED)
    const response = await signOff({ decision: 'sent-back' })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].path).toBe('reason')
    expect((await signOff({ decision: 'maybe' })).status).toBe(400)
    expect(await stored.milestones.get(OWNED)).toEqual(before)
  })

  it('signs off the chair’s own Complete at once', async () => {
    const done = await markComplete(CHAIR)
    expect(done.json.milestone).toMatchObject({ signOff: 'signed-off', signedOffById: CHAIR, signedOffOn: '2026-11-23' })
    const [signed, status] = (await call('GET', `/api/milestones/${OWNED}/updates`)).json
    expect([signed.kind, status.kind]).toEqual(['signed-off', 'status'])
  })

  it('the chair’s Complete on one awaiting sign-off signs it off; any other status clears the sign-off', async () => {
    await markComplete()
    expect((await markComplete(CHAIR)).json.milestone.signOff).toBe('signed-off')
    const reopened = await call('POST', `/api/milestones/${OWNED}/updates`, { as: DIRECTOR, ifMatch: await version(OWNED), body: { rag: 'amber', commentary: 'Reopened.', recoveryAction: 'Re-audit.' } })
    expect(reopened.json.milestone).toMatchObject({ rag: 'amber', signOff: null, signedOffById: null, signedOffOn: null, completedOn: null })
  })

  it('answers 409 when nothing awaits sign-off', async () => {
    expect((await signOff({ decision: 'signed-off' })).status).toBe(409)
    await markComplete()
    await signOff({ decision: 'signed-off' })
    expect((await signOff({ decision: 'sent-back', reason: 'Too late.' })).status).toBe(409)
  })

  it.each([
    ['the owning director', DIRECTOR],
    ['a member', MEMBER],
    ['the chair of another board', SCRUTINY_CHAIR],
  ])('refuses %s (403)', async (_who, as) => {
    await markComplete()
    const response = await signOff({ decision: 'signed-off' }, as)
    expect(response.status).toBe(403)
    expect((await stored.milestones.get(OWNED))!.signOff).toBe('awaiting')
  })

  it('needs If-Match: 428 without, 412 with a stale one', async () => {
    await markComplete()
    expect((await call('POST', `/api/milestones/${OWNED}/sign-off`, { as: CHAIR, body: { decision: 'signed-off' } })).status).toBe(428)
    expect((await call('POST', `/api/milestones/${OWNED}/sign-off`, { as: CHAIR, ifMatch: 1, body: { decision: 'signed-off' } })).status).toBe(412)
    expect((await stored.milestones.get(OWNED))!.signOff).toBe('awaiting')
  })

  it('the pack lists completions awaiting sign-off, and its status changes include the chair’s decisions', async () => {
    await markComplete()
    const before = meetingPackSchema.parse((await call('GET', '/api/meetings/meeting-improvement-2026-12-03/pack')).json)
    expect(before.awaitingSignOff.map((milestone) => milestone.id)).toContain(OWNED)
    await signOff({ decision: 'sent-back', reason: 'Provisional figure.' })
    const after = meetingPackSchema.parse((await call('GET', '/api/meetings/meeting-improvement-2026-12-03/pack')).json)
    expect(after.awaitingSignOff.map((milestone) => milestone.id)).not.toContain(OWNED)
    expect(after.statusChanges[0]).toMatchObject({ kind: 'sent-back', milestoneId: OWNED, fromRag: 'blue', rag: 'red' })
  })
})

describe('closing a milestone', () => {
  const reason = { reason: 'Superseded by the new front door model agreed by the board in November.' }

  it('the chair closes it with a reason: it is recorded, and it is no longer overdue or stale', async () => {
    // milestone-16: "An up-to-date chronology on every open case", overdue in the demo.
    expect((await call('GET', '/api/milestones/milestone-16')).json.overdue).toBe(true)
    const response = await close(reason, CHAIR, 'milestone-16')
    expect(response.status).toBe(200)
    const milestone = milestoneSchema.parse(response.json)
    expect(milestone).toMatchObject({ closedOn: '2026-11-23', closedReason: reason.reason, overdue: false, stale: false })
    expect(response.headers.get('ETag')).toBe(`"${milestone.version}"`)
    const [latest] = (await call('GET', '/api/milestones/milestone-16/updates')).json
    expect(latest).toMatchObject({ kind: 'closed', authorId: CHAIR, commentary: reason.reason })
  })

  it('a closed milestone takes no status updates, date changes, edits, sign-off or second closing (409)', async () => {
    await close(reason)
    const v = await version(OWNED)
    const attempts = [
      call('POST', `/api/milestones/${OWNED}/updates`, { as: DIRECTOR, ifMatch: v, body: { rag: 'green', commentary: 'Back on.' } }),
      call('POST', `/api/milestones/${OWNED}/date-changes`, { as: DIRECTOR, ifMatch: v, body: { toDate: '2027-06-01', reason: 'Late.' } }),
      call('PATCH', `/api/milestones/${OWNED}`, { as: CHAIR, ifMatch: v, body: { title: 'Renamed' } }),
      call('POST', `/api/milestones/${OWNED}/sign-off`, { as: CHAIR, ifMatch: v, body: { decision: 'signed-off' } }),
      call('POST', `/api/milestones/${OWNED}/close`, { as: CHAIR, ifMatch: v, body: reason }),
    ]
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(409)
      expect(response.json.detail).toMatch(/closed/)
    }
    expect(await version(OWNED)).toBe(v)
  })

  it('refuses a proposal still awaiting the chair when the milestone closes', async () => {
    const proposed = await call('POST', `/api/milestones/${OWNED}/date-changes`, { as: DIRECTOR, ifMatch: await version(OWNED), body: { toDate: '2027-06-01', reason: 'Late.' } })
    const response = await close(reason)
    expect(response.json.proposedDueDate).toBeNull()
    expect(await stored.dateChanges.get(proposed.json.dateChange.id)).toMatchObject({ status: 'refused', decidedById: CHAIR })
    const kinds = (await call('GET', `/api/milestones/${OWNED}/updates`)).json.slice(0, 2).map((entry: { kind: string }) => entry.kind)
    expect(kinds).toEqual(['closed', 'date-refused'])
  })

  it.each([
    ['the owning director', DIRECTOR],
    ['a member', MEMBER],
    ['the chair of another board', SCRUTINY_CHAIR],
  ])('refuses %s (403)', async (_who, as) => {
    expect((await close(reason, as)).status).toBe(403)
    expect((await stored.milestones.get(OWNED))!.closedOn).toBeNull()
  })

  it('needs a reason (400) and If-Match (428, 412)', async () => {
    expect((await close({})).status).toBe(400)
    expect((await close({ reason: ' ' })).status).toBe(400)
    expect((await call('POST', `/api/milestones/${OWNED}/close`, { as: CHAIR, body: reason })).status).toBe(428)
    expect((await call('POST', `/api/milestones/${OWNED}/close`, { as: CHAIR, ifMatch: 1, body: reason })).status).toBe(412)
    expect((await stored.milestones.get(OWNED))!.closedOn).toBeNull()
  })
})

describe('deleting a milestone', () => {
  it('is refused for a milestone with history in an agreed plan (409), pointing to closing it', async () => {
    const response = await call('DELETE', `/api/milestones/${OWNED}`, { as: CHAIR, ifMatch: await version(OWNED) })
    expect(response.status).toBe(409)
    expect(response.json.detail).toMatch(/Close it instead/)
    expect(await stored.milestones.get(OWNED)).toBeDefined()
  })

  it('deletes one in a draft plan with its history and date changes, and takes it off any measure', async () => {
    const plan = await call('POST', '/api/plans', { as: CHAIR, body: { boardId: 'board-improvement', title: 'Draft plan', themes: [{ title: 'Early help' }] } })
    const created = await call('POST', '/api/milestones', {
      as: CHAIR,
      body: { planId: plan.json.id, themeId: plan.json.themes[0].id, title: 'Early help strategy', ownerId: DIRECTOR, dueDate: '2027-03-31' },
    })
    const id = created.json.id
    await call('POST', `/api/milestones/${id}/updates`, { as: DIRECTOR, ifMatch: 1, body: { rag: 'green', commentary: 'Drafting.' } })
    await call('POST', `/api/milestones/${id}/date-changes`, { as: DIRECTOR, ifMatch: 2, body: { toDate: '2027-04-30', reason: 'Consultation.' } })
    await stored.measures.add({
      id: 'measure-test',
      planId: plan.json.id,
      themeId: null,
      name: 'Early help assessments',
      unit: '%',
      target: 90,
      direction: 'higher-is-better',
      greenFrom: 90,
      amberFrom: 80,
      ownerId: DIRECTOR,
      milestoneIds: [id],
      version: 1,
    })
    const response = await call('DELETE', `/api/milestones/${id}`, { as: CHAIR, ifMatch: await version(id) })
    expect(response.status).toBe(204)
    expect(await stored.milestones.get(id)).toBeUndefined()
    expect(await stored.milestoneUpdates.where('milestoneId').equals(id).count()).toBe(0)
    expect(await stored.measures.get('measure-test')).toMatchObject({ milestoneIds: [], version: 2 })
  })

  it('refuses a director or a member (403) and needs If-Match', async () => {
    expect((await call('DELETE', `/api/milestones/${OWNED}`, { as: DIRECTOR, ifMatch: await version(OWNED) })).status).toBe(403)
    expect((await call('DELETE', `/api/milestones/${OWNED}`, { as: MEMBER, ifMatch: await version(OWNED) })).status).toBe(403)
    expect((await call('DELETE', `/api/milestones/${OWNED}`, { as: CHAIR })).status).toBe(428)
  })
})
