// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { milestoneSchema } from '@/contract/milestones'
import { planSchema } from '@/contract/plans'
import { stored } from '../testing/stored'
import { ADMIN, call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR, TEST_TODAY, storedData } from '../testing/api'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

const agreement = { agreedBy: 'Children’s Services Improvement Board', agreedOn: '2026-11-20' }

/** A draft plan of the improvement board with two milestones, as its chair would make it. */
async function draftPlan(milestones = 2) {
  const plan = (
    await call('POST', '/api/plans', {
      as: CHAIR,
      body: { boardId: 'board-improvement', inspectionId: 'inspection-ilacs', title: 'Plan after re-inspection', themes: [{ title: 'Practice' }] },
    })
  ).json
  const added = []
  for (let index = 0; index < milestones; index++) {
    const response = await call('POST', '/api/milestones', {
      as: CHAIR,
      body: { planId: plan.id, themeId: plan.themes[0].id, title: `Milestone ${index + 1}`, ownerId: DIRECTOR, dueDate: `2027-0${index + 3}-28` },
    })
    expect(response.status).toBe(201)
    added.push(response.json)
  }
  return { plan, milestones: added }
}

const agree = (planId: string, options: { as?: string; ifMatch?: string | number; body?: unknown } = {}) =>
  call('POST', `/api/plans/${planId}/agree`, { as: CHAIR, ifMatch: 1, body: agreement, ...options })

describe('POST /api/plans/:id/agree', () => {
  it('a new plan is a draft, and its milestones have no baseline yet', async () => {
    const { plan, milestones } = await draftPlan()
    expect(plan).toMatchObject({ status: 'draft', agreedBy: null, agreedOn: null, agreedRecordedById: null })
    expect(milestones.map((milestone) => milestone.baselineDueDate)).toEqual([null, null])
  })

  it('the board’s chair agrees it: the plan says who agreed it and when, and every milestone’s due date becomes its baseline', async () => {
    const { plan, milestones } = await draftPlan()
    const response = await agree(plan.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('ETag')).toBe('"2"')
    expect(planSchema.parse(response.json)).toMatchObject({ ...agreement, status: 'agreed', agreedRecordedById: CHAIR, version: 2 })
    expect((await call('GET', `/api/plans/${plan.id}`)).json.status).toBe('agreed')
    for (const before of milestones) {
      const after = milestoneSchema.parse((await call('GET', `/api/milestones/${before.id}`)).json)
      expect(after.baselineDueDate).toBe(before.dueDate)
      expect(after.version).toBe(before.version + 1)
    }
  })

  it('an agreed plan’s baselines stay put when a due date later moves', async () => {
    const { plan, milestones } = await draftPlan(1)
    await agree(plan.id)
    const milestone = (await call('GET', `/api/milestones/${milestones[0].id}`)).json
    const moved = await call('PATCH', `/api/milestones/${milestone.id}`, { as: CHAIR, ifMatch: milestone.version, body: { dueDate: '2027-09-30', reason: 'The board agreed a later date.' } })
    expect(moved.status).toBe(200)
    expect(moved.json).toMatchObject({ dueDate: '2027-09-30', baselineDueDate: milestones[0].dueDate })
  })

  it.each([
    ['a member', MEMBER],
    ['a director', DIRECTOR],
    ['the chair of another board', SCRUTINY_CHAIR],
    ['an administrator who does not chair the board', ADMIN],
  ])('refuses %s (403) and changes nothing', async (_who, as) => {
    const { plan } = await draftPlan()
    const before = await storedData()
    const response = await agree(plan.id, { as })
    expect(response.status).toBe(403)
    expect(response.json.detail).toContain('Only the chair of Children’s Services Improvement Board')
    expect(await storedData()).toEqual(before)
  })

  it('refuses anyone not acting as someone (403)', async () => {
    const { plan } = await draftPlan()
    expect((await call('POST', `/api/plans/${plan.id}/agree`, { ifMatch: 1, body: agreement })).status).toBe(403)
  })

  it('needs If-Match (428), and refuses a stale one with the plan as it is (412)', async () => {
    const { plan } = await draftPlan()
    expect((await call('POST', `/api/plans/${plan.id}/agree`, { as: CHAIR, body: agreement })).status).toBe(428)
    await call('PATCH', `/api/plans/${plan.id}`, { as: CHAIR, ifMatch: 1, body: { title: 'Renamed meanwhile' } })
    const stale = await agree(plan.id, { ifMatch: 1 })
    expect(stale.status).toBe(412)
    expect(stale.json.current).toMatchObject({ title: 'Renamed meanwhile', status: 'draft', version: 2 })
    expect((await agree(plan.id, { ifMatch: 2 })).status).toBe(200)
  })

  it('refuses a plan already agreed (409), keeping its first agreement and baselines', async () => {
    const demo = (await call('GET', '/api/plans/plan-northshire')).json
    const before = await storedData()
    const response = await agree(demo.id, { ifMatch: demo.version, body: { agreedBy: 'Someone else', agreedOn: '2026-11-23' } })
    expect(response.status).toBe(409)
    expect(response.json.detail).toContain('already agreed')
    expect(await storedData()).toEqual(before)
  })

  it('refuses a plan with no milestones (409)', async () => {
    const { plan } = await draftPlan(0)
    const response = await agree(plan.id)
    expect(response.status).toBe(409)
    expect(response.json.detail).toContain('no milestones')
    expect((await stored.plans.get(plan.id))!.status).toBe('draft')
  })

  it.each([
    ['a date in the future', { agreedBy: 'The board', agreedOn: '2026-11-24' }, 'agreedOn'],
    ['a date that does not exist', { agreedBy: 'The board', agreedOn: '2026-02-30' }, 'agreedOn'],
    ['nobody named as agreeing it', { agreedBy: '   ', agreedOn: '2026-11-20' }, 'agreedBy'],
    ['no date', { agreedBy: 'The board' }, 'agreedOn'],
  ])('refuses %s (400) and changes nothing', async (_what, body, field) => {
    const { plan } = await draftPlan()
    const before = await storedData()
    const response = await agree(plan.id, { body })
    expect(response.status).toBe(400)
    expect(response.json.errors.map((error: { path: string }) => error.path)).toContain(field)
    expect(await storedData()).toEqual(before)
  })

  it('accepts today', async () => {
    const { plan } = await draftPlan()
    expect((await agree(plan.id, { body: { agreedBy: 'The DfE adviser', agreedOn: '2026-11-23' } })).status).toBe(200)
  })

  it('answers 404 for an unknown plan and 405 for other methods', async () => {
    expect((await agree('plan-ghost')).status).toBe(404)
    const get = await call('GET', '/api/plans/plan-northshire/agree')
    expect(get.status).toBe(405)
    expect(get.headers.get('Allow')).toBe('POST')
  })
})
