// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { measureActualSchema, measureSchema } from '@/contract/measures'
import { meetingPackSchema } from '@/contract/pack'
import { datasetProblems } from '@/domain/record-rules'
import { stored } from '../testing/stored'
import { call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR, TEST_TODAY, storedData } from '../testing/api'

// Owned by Mark Ellison (DIRECTOR); latest October 2026, 78%, below amber's 80: Off target.
const ASSESSMENTS = 'measure-assessments-45'
// Owned by Tom Brennan, not the director in these tests.
const CASELOADS = 'measure-caseloads'
const OTHER_DIRECTOR = 'p-children-in-care'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

const newMeasure = {
  planId: 'plan-northshire',
  themeId: 'theme-children-in-care',
  name: 'Children in care with an up-to-date health assessment',
  unit: '%',
  target: 95,
  direction: 'higher-is-better',
  greenFrom: 95,
  amberFrom: 85,
  ownerId: OTHER_DIRECTOR,
  milestoneIds: ['milestone-34'],
}

const errorPaths = (response: { json: { errors?: Array<{ path: string }> } }) => response.json.errors?.map((error) => error.path)

describe('reading measures', () => {
  it('lists a plan’s measures by name, each with its latest actual and status', async () => {
    const response = await call('GET', '/api/measures?planId=plan-northshire')
    expect(response.status).toBe(200)
    const measures = z.array(measureSchema).parse(response.json)
    expect(measures.map((measure) => measure.name)).toEqual([
      'Agency social workers',
      'Assessments completed within 45 working days',
      'Average caseload per social worker',
      'Care leavers aged 19 to 21 in suitable accommodation',
      'Re-referrals within 12 months',
    ])
    const byId = new Map(measures.map((measure) => [measure.id, measure]))
    expect(byId.get(ASSESSMENTS)).toMatchObject({ latest: { month: '2026-10', value: 78 }, status: 'red' })
    expect(byId.get(CASELOADS)).toMatchObject({ latest: { month: '2026-10', value: 20.6 }, status: 'amber' })
    expect(byId.get('measure-care-leavers-accommodation')).toMatchObject({ latest: { month: '2026-10', value: 91 }, status: 'green' })
    expect((await call('GET', '/api/measures?planId=plan-none')).json).toEqual([])
  })

  it('answers one measure with its ETag, and 404 for one not known', async () => {
    const response = await call('GET', `/api/measures/${ASSESSMENTS}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('ETag')).toBe('"1"')
    measureSchema.parse(response.json)
    expect((await call('GET', '/api/measures/nope')).status).toBe(404)
    expect((await call('GET', '/api/measures/nope/actuals')).status).toBe(404)
  })

  it('lists the actuals oldest first, twelve months to October 2026', async () => {
    const response = await call('GET', `/api/measures/${ASSESSMENTS}/actuals`)
    const actuals = z.array(measureActualSchema).parse(response.json)
    expect(actuals.map((actual) => actual.month)).toEqual([
      '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10',
    ])
  })
})

describe('POST /api/measures', () => {
  it('lets the chair of the plan’s board add one; it has no actual yet', async () => {
    const response = await call('POST', '/api/measures', { as: CHAIR, body: newMeasure })
    expect(response.status).toBe(201)
    expect(response.headers.get('ETag')).toBe('"1"')
    expect(response.headers.get('Location')).toBe(`/api/measures/${response.json.id}`)
    expect(measureSchema.parse(response.json)).toMatchObject({ ...newMeasure, latest: null, status: null, version: 1 })
  })

  it.each([
    ['a director', DIRECTOR],
    ['a member', MEMBER],
    ['the chair of another board', SCRUTINY_CHAIR],
  ])('refuses %s (403) and stores nothing', async (_who, as) => {
    const response = await call('POST', '/api/measures', { as, body: newMeasure })
    expect(response.status).toBe(403)
    expect(await stored.measures.count()).toBe(5)
  })

  it('refuses anyone when nobody is named as acting', async () => {
    expect((await call('POST', '/api/measures', { body: newMeasure })).status).toBe(403)
  })

  it.each<[string, Record<string, unknown>, string[]]>([
    ['no name', { name: '  ' }, ['name']],
    ['a target that is not a number', { target: 'ninety' }, ['target']],
    ['an infinite target', { target: 1e400 }, ['target']],
    ['amber above green when higher is better', { greenFrom: 90, amberFrom: 95 }, ['amberFrom']],
    ['amber below green when lower is better', { direction: 'lower-is-better', greenFrom: 18, amberFrom: 15 }, ['amberFrom']],
    ['no direction', { direction: 'sideways' }, ['direction']],
    ['an unknown field', { colour: 'red' }, ['']],
  ])('refuses %s with a 400 beside the field', async (_name, change, paths) => {
    const response = await call('POST', '/api/measures', { as: CHAIR, body: { ...newMeasure, ...change } })
    expect(response.status).toBe(400)
    expect(errorPaths(response)).toEqual(paths)
    expect(await stored.measures.count()).toBe(5)
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['a theme the plan does not have', { themeId: 'theme-ghost' }, 'themeId'],
    ['a member as owner', { ownerId: MEMBER }, 'ownerId'],
    ['a chair as owner', { ownerId: CHAIR }, 'ownerId'],
    ['an owner nobody knows', { ownerId: 'p-ghost' }, 'ownerId'],
    ['a milestone not in the plan', { milestoneIds: ['milestone-34', 'milestone-ghost'] }, 'milestoneIds.1'],
  ])('refuses %s by the record rules (400 on %s)', async (_name, change, path) => {
    const response = await call('POST', '/api/measures', { as: CHAIR, body: { ...newMeasure, ...change } })
    expect(response.status).toBe(400)
    expect(errorPaths(response)).toEqual([path])
  })

  it('refuses a plan nobody knows (400 on planId), and an owner who has been deactivated', async () => {
    expect(errorPaths(await call('POST', '/api/measures', { as: CHAIR, body: { ...newMeasure, planId: 'plan-ghost' } }))).toEqual(['planId'])
    await stored.people.update(OTHER_DIRECTOR, { active: false })
    const response = await call('POST', '/api/measures', { as: CHAIR, body: newMeasure })
    expect(response.status).toBe(400)
    expect(response.json.errors).toEqual([{ path: 'ownerId', message: 'Select an owner who is still active: Priya Natarajan has been deactivated' }])
  })

  it('may evidence the plan as a whole (no theme)', async () => {
    const response = await call('POST', '/api/measures', { as: CHAIR, body: { ...newMeasure, themeId: null, milestoneIds: [] } })
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({ themeId: null, milestoneIds: [] })
  })
})

describe('PATCH /api/measures/:id', () => {
  it('lets the chair change it with If-Match; its status follows the new thresholds at once', async () => {
    const response = await call('PATCH', `/api/measures/${ASSESSMENTS}`, { as: CHAIR, ifMatch: 1, body: { amberFrom: 75 } })
    expect(response.status).toBe(200)
    expect(response.headers.get('ETag')).toBe('"2"')
    expect(response.json).toMatchObject({ amberFrom: 75, version: 2, latest: { month: '2026-10', value: 78 }, status: 'amber' })
  })

  it('needs If-Match (428) and refuses a stale one (412, with the measure as it is now)', async () => {
    expect((await call('PATCH', `/api/measures/${ASSESSMENTS}`, { as: CHAIR, body: { name: 'Renamed' } })).status).toBe(428)
    await call('PATCH', `/api/measures/${ASSESSMENTS}`, { as: CHAIR, ifMatch: 1, body: { name: 'Renamed' } })
    const stale = await call('PATCH', `/api/measures/${ASSESSMENTS}`, { as: CHAIR, ifMatch: 1, body: { name: 'Renamed again' } })
    expect(stale.status).toBe(412)
    expect(measureSchema.parse(stale.json.current)).toMatchObject({ name: 'Renamed', version: 2, status: 'red' })
  })

  it('refuses the owner, a member and another board’s chair (403); only the chair changes a measure', async () => {
    for (const as of [DIRECTOR, MEMBER, SCRUTINY_CHAIR]) {
      expect((await call('PATCH', `/api/measures/${ASSESSMENTS}`, { as, ifMatch: 1, body: { target: 50 } })).status).toBe(403)
    }
    expect((await stored.measures.get(ASSESSMENTS))!.target).toBe(90)
  })

  it('checks a changed threshold or direction against the thresholds it leaves (400 on amberFrom)', async () => {
    const flipped = await call('PATCH', `/api/measures/${ASSESSMENTS}`, { as: CHAIR, ifMatch: 1, body: { direction: 'lower-is-better' } })
    expect(flipped.status).toBe(400)
    expect(errorPaths(flipped)).toEqual(['amberFrom'])
    const raised = await call('PATCH', `/api/measures/${ASSESSMENTS}`, { as: CHAIR, ifMatch: 1, body: { amberFrom: 91 } })
    expect(errorPaths(raised)).toEqual(['amberFrom'])
    expect((await stored.measures.get(ASSESSMENTS))!.version).toBe(1)
  })

  it('answers the measure as it is, version unchanged, when nothing changes; 404 for one not known', async () => {
    const same = await call('PATCH', `/api/measures/${ASSESSMENTS}`, { as: CHAIR, ifMatch: 1, body: { target: 90, milestoneIds: ['milestone-13', 'milestone-12'] } })
    expect(same.status).toBe(200)
    expect(same.json.version).toBe(1)
    expect((await call('PATCH', '/api/measures/nope', { as: CHAIR, ifMatch: 1, body: { target: 1 } })).status).toBe(404)
  })
})

describe('recording actuals', () => {
  it('lets the measure’s owner record a month; latest and status follow', async () => {
    const response = await call('POST', `/api/measures/${ASSESSMENTS}/actuals`, { as: DIRECTOR, body: { month: '2026-11', value: 83.5, note: ' Recovering after the move. ' } })
    expect(response.status).toBe(201)
    expect(response.headers.get('Location')).toBe(`/api/measures/${ASSESSMENTS}/actuals/2026-11`)
    expect(measureActualSchema.parse(response.json)).toMatchObject({
      measureId: ASSESSMENTS,
      month: '2026-11',
      value: 83.5,
      note: 'Recovering after the move.',
      recordedById: DIRECTOR,
      corrections: [],
      version: 1,
    })
    const measure = (await call('GET', `/api/measures/${ASSESSMENTS}`)).json
    expect(measure).toMatchObject({ latest: { month: '2026-11', value: 83.5 }, status: 'amber', version: 1 })
  })

  it('lets the board’s chair record one, with no note; an earlier missing month does not become the latest', async () => {
    await stored.measureActuals.filter((actual) => actual.measureId === CASELOADS && actual.month === '2026-06').delete()
    const response = await call('POST', `/api/measures/${CASELOADS}/actuals`, { as: CHAIR, body: { month: '2026-06', value: 22 } })
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({ note: '', recordedById: CHAIR })
    expect((await call('GET', `/api/measures/${CASELOADS}`)).json.latest).toEqual({ month: '2026-10', value: 20.6 })
  })

  it.each([
    ['another director', OTHER_DIRECTOR],
    ['a member', MEMBER],
    ['the chair of another board', SCRUTINY_CHAIR],
  ])('refuses %s (403)', async (_who, as) => {
    const response = await call('POST', `/api/measures/${ASSESSMENTS}/actuals`, { as, body: { month: '2026-11', value: 80 } })
    expect(response.status).toBe(403)
    expect(response.json.detail).toBe('Only the measure’s owner or the chair of Children’s Services Improvement Board may record or correct its actuals.')
    expect(await stored.measureActuals.where('measureId').equals(ASSESSMENTS).count()).toBe(12)
  })

  it('refuses a month already recorded (409), saying to correct it instead', async () => {
    const response = await call('POST', `/api/measures/${ASSESSMENTS}/actuals`, { as: DIRECTOR, body: { month: '2026-10', value: 80 } })
    expect(response.status).toBe(409)
    expect(response.json.detail).toBe('An actual for October 2026 is already recorded. Correct that month instead of recording it again.')
    expect((await stored.measureActuals.get(`${ASSESSMENTS}-2026-10`))!.value).toBe(78)
  })

  it.each<[string, Record<string, unknown>, string[], string?]>([
    ['a month that has not begun', { month: '2026-12', value: 80 }, ['month'], 'Enter a month that has begun: November 2026 or earlier'],
    ['a month that is not one', { month: '2026-13', value: 80 }, ['month']],
    ['a date in place of a month', { month: '2026-10-01', value: 80 }, ['month']],
    ['no value', { month: '2026-11' }, ['value']],
    ['a value as text', { month: '2026-11', value: '80' }, ['value']],
    ['a note that shows nothing', { month: '2026-11', value: 80, note: '\u200b' }, ['note']],
  ])('refuses %s (400 beside the field)', async (_name, body, paths, message) => {
    const response = await call('POST', `/api/measures/${ASSESSMENTS}/actuals`, { as: DIRECTOR, body })
    expect(response.status).toBe(400)
    expect(errorPaths(response)).toEqual(paths)
    if (message) expect(response.json.errors[0].message).toBe(message)
    expect(await stored.measureActuals.where('measureId').equals(ASSESSMENTS).count()).toBe(12)
  })

  it('404 for a measure not known', async () => {
    expect((await call('POST', '/api/measures/nope/actuals', { as: CHAIR, body: { month: '2026-11', value: 1 } })).status).toBe(404)
  })
})

describe('correcting an actual', () => {
  const path = `/api/measures/${ASSESSMENTS}/actuals/2026-09`

  it('lets the owner correct a month with If-Match; who first recorded it, and when, stay, and the old value is kept', async () => {
    const before = (await stored.measureActuals.get(`${ASSESSMENTS}-2026-09`))!
    const response = await call('PATCH', path, { as: DIRECTOR, ifMatch: 1, body: { value: 82, note: 'Two assessments were closed in the wrong month.' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('ETag')).toBe('"2"')
    expect(measureActualSchema.parse(response.json)).toMatchObject({
      value: 82,
      note: 'Two assessments were closed in the wrong month.',
      recordedById: before.recordedById,
      recordedAt: before.recordedAt,
      version: 2,
      corrections: [{ byId: DIRECTOR, value: 81, note: before.note, at: expect.any(String) }],
    })
    const again = await call('PATCH', path, { as: CHAIR, ifMatch: 2, body: { value: 81.5 } })
    expect(again.json.corrections.map((correction: { byId: string; value: number }) => [correction.byId, correction.value])).toEqual([
      [DIRECTOR, 81],
      [CHAIR, 82],
    ])
    expect(again.json).toMatchObject({ value: 81.5, note: '', version: 3 })
    // A correction of an earlier month does not change the latest.
    expect((await call('GET', `/api/measures/${ASSESSMENTS}`)).json.latest).toEqual({ month: '2026-10', value: 78 })
    const latest = await call('PATCH', `/api/measures/${ASSESSMENTS}/actuals/2026-10`, { as: CHAIR, ifMatch: 1, body: { value: 92 } })
    expect(latest.status).toBe(200)
    expect((await call('GET', `/api/measures/${ASSESSMENTS}`)).json).toMatchObject({ latest: { month: '2026-10', value: 92 }, status: 'green' })
  })

  it('needs If-Match (428) and refuses a stale one (412, with the actual as it is now)', async () => {
    expect((await call('PATCH', path, { as: DIRECTOR, body: { value: 82 } })).status).toBe(428)
    await call('PATCH', path, { as: DIRECTOR, ifMatch: 1, body: { value: 82 } })
    const stale = await call('PATCH', path, { as: CHAIR, ifMatch: 1, body: { value: 83 } })
    expect(stale.status).toBe(412)
    expect(measureActualSchema.parse(stale.json.current)).toMatchObject({ value: 82, version: 2 })
  })

  it('refuses a member and another director (403), a bad value (400), and a month not recorded (404)', async () => {
    expect((await call('PATCH', path, { as: MEMBER, ifMatch: 1, body: { value: 82 } })).status).toBe(403)
    expect((await call('PATCH', path, { as: OTHER_DIRECTOR, ifMatch: 1, body: { value: 82 } })).status).toBe(403)
    const bad = await call('PATCH', path, { as: DIRECTOR, ifMatch: 1, body: { value: null } })
    expect(bad.status).toBe(400)
    expect(errorPaths(bad)).toEqual(['value'])
    expect(errorPaths(await call('PATCH', path, { as: DIRECTOR, ifMatch: 1, body: { value: 82, month: '2026-08' } }))).toEqual([''])
    const missing = await call('PATCH', `/api/measures/${ASSESSMENTS}/actuals/2026-11`, { as: DIRECTOR, ifMatch: 1, body: { value: 82 } })
    expect(missing.status).toBe(404)
    expect(missing.json.detail).toBe('No actual is recorded for November 2026 on this measure. Record it instead.')
    expect((await call('PATCH', `/api/measures/${ASSESSMENTS}/actuals/not-a-month`, { as: DIRECTOR, ifMatch: 1, body: { value: 82 } })).status).toBe(404)
    expect((await stored.measureActuals.get(`${ASSESSMENTS}-2026-09`))!.version).toBe(1)
  })

  it('answers the actual unchanged, keeping no correction, when nothing changes', async () => {
    const before = (await stored.measureActuals.get(`${ASSESSMENTS}-2026-09`))!
    const response = await call('PATCH', path, { as: DIRECTOR, ifMatch: 1, body: { value: before.value, note: before.note } })
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({ version: 1, corrections: [] })
  })
})

describe('measures elsewhere', () => {
  async function packOf(meetingId: string) {
    return meetingPackSchema.parse((await call('GET', `/api/meetings/${meetingId}/pack`)).json)
  }

  it('the meeting pack shows each measure’s latest value and status, with the month before', async () => {
    const [next] = (await call('GET', '/api/meetings?boardId=board-improvement&from=2026-11-23')).json
    await call('POST', `/api/measures/${ASSESSMENTS}/actuals`, { as: DIRECTOR, body: { month: '2026-11', value: 83 } })
    const pack = await packOf(next.id)
    expect(pack.measures).toHaveLength(5)
    expect(pack.measures.find((measure) => measure.id === ASSESSMENTS)).toMatchObject({
      latest: { month: '2026-11', value: 83 },
      status: 'amber',
      previous: { month: '2026-10', value: 78 },
      change: 'better',
    })
  })

  it('a past meeting’s pack shows what was known by the end of its day', async () => {
    const held = (await call('GET', '/api/meetings?boardId=board-improvement&to=2026-11-22')).json.at(-1)
    const pack = await packOf(held.id)
    const assessments = pack.measures.find((measure) => measure.id === ASSESSMENTS)!
    const recorded = (await stored.measureActuals.where('measureId').equals(ASSESSMENTS).toArray()).filter((actual) => actual.recordedAt <= `${held.date}T23:59:59.999Z`)
    const month = recorded.map((actual) => actual.month).sort().at(-1)
    expect(assessments.latest?.month).toBe(month)
    expect((assessments.latest?.month ?? '') < '2026-10').toBe(true)
  })

  it('deleting a milestone a measure evidences leaves the measure without it, so the data still restores', async () => {
    const created = await call('POST', '/api/milestones', {
      as: CHAIR,
      body: { planId: 'plan-northshire', themeId: 'theme-practice', title: 'A short-lived milestone', ownerId: DIRECTOR, dueDate: '2027-03-31' },
    })
    await call('PATCH', `/api/measures/${ASSESSMENTS}`, { as: CHAIR, ifMatch: 1, body: { milestoneIds: ['milestone-13', created.json.id] } })
    expect((await call('DELETE', `/api/milestones/${created.json.id}`, { as: CHAIR, ifMatch: created.json.version })).status).toBe(204)
    expect((await stored.measures.get(ASSESSMENTS))!).toMatchObject({ milestoneIds: ['milestone-13'], version: 3 })
    expect(datasetProblems(await storedData())).toEqual([])
  })

  it('a theme a measure evidences cannot be removed from the plan (409)', async () => {
    await stored.milestones.filter((milestone) => milestone.themeId === 'theme-children-in-care').delete()
    const plan = (await stored.plans.get('plan-northshire'))!
    const response = await call('PATCH', '/api/plans/plan-northshire', {
      as: CHAIR,
      ifMatch: plan.version,
      body: { themes: plan.themes.filter((theme) => theme.id !== 'theme-children-in-care') },
    })
    expect(response.status).toBe(409)
    expect(response.json.detail).toContain('Care leavers aged 19 to 21 in suitable accommodation')
  })
})
