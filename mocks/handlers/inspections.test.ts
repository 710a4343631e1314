// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { inspectionSchema } from '@/contract/inspections'
import { stored } from '../testing/stored'
import { ADMIN, call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR, storedData } from '../testing/api'
import { checksumOf } from './admin'
import { backupSchema } from '@/contract/backup'

beforeEach(async () => {
  await loadDemoData()
})

const recommendations = [
  { id: 'rec-new-1', number: 1, text: 'The timeliness of initial child protection conferences.', area: 'ilacs-help-protection' },
  { id: 'rec-new-2', number: 2, text: 'Supervision that challenges drift in children’s plans.', area: null },
  { id: 'rec-new-3', number: 3, text: 'Return home interviews for children who go missing.', area: 'ilacs-help-protection' },
]
const visit = {
  framework: 'ilacs-2023',
  kind: 'monitoring-visit',
  startDate: '2026-10-13',
  endDate: '2026-10-14',
  publishedDate: '2026-11-10',
  followsInspectionId: 'inspection-ilacs',
  recommendations,
}
const fullInspection = {
  framework: 'ilacs-2023',
  kind: 'full-inspection',
  startDate: '2026-09-07',
  endDate: '2026-09-18',
  publishedDate: '2026-10-20',
  overall: 'requires-improvement',
  judgements: [
    { area: 'ilacs-leaders', grade: 'requires-improvement' },
    { area: 'ilacs-help-protection', grade: 'inadequate' },
    { area: 'ilacs-in-care', grade: 'good' },
    { area: 'ilacs-care-leavers', grade: 'good' },
  ],
  recommendations: [{ id: 'rec-full-1', number: 1, text: 'The quality of assessments.', area: 'ilacs-help-protection' }],
}
const errorPaths = (response: { json: { errors: Array<{ path: string }> } }) => response.json.errors.map((error) => error.path)

describe('recording an inspection or a visit', () => {
  it('a chair records a monitoring visit with its letter’s date and its recommendations, following up the inspection', async () => {
    const response = await call('POST', '/api/inspections', { as: CHAIR, body: visit })
    expect(response.status).toBe(201)
    expect(inspectionSchema.parse(response.json)).toMatchObject({ ...visit, overall: null, judgements: [], version: 1 })
    expect(response.headers.get('Location')).toBe(`/api/inspections/${response.json.id}`)
    expect((await call('GET', `/api/inspections/${response.json.id}`)).json.recommendations).toEqual(recommendations)
  })

  it('a chair records a full inspection with a grade per area of its framework and the overall judgement', async () => {
    const response = await call('POST', '/api/inspections', { as: CHAIR, body: fullInspection })
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({ ...fullInspection, followsInspectionId: null })
  })

  it('lists them newest first', async () => {
    await call('POST', '/api/inspections', { as: CHAIR, body: visit })
    await call('POST', '/api/inspections', { as: CHAIR, body: fullInspection })
    const starts = (await call('GET', '/api/inspections')).json.map((inspection: { startDate: string }) => inspection.startDate)
    expect(starts).toEqual([...starts].sort().reverse())
    expect(starts[0]).toBe('2026-10-13')
  })

  it('an administrator may record one; a director or a member may not (403)', async () => {
    expect((await call('POST', '/api/inspections', { as: ADMIN, body: visit })).status).toBe(201)
    expect((await call('POST', '/api/inspections', { as: DIRECTOR, body: fullInspection })).status).toBe(403)
    expect((await call('POST', '/api/inspections', { as: MEMBER, body: visit })).status).toBe(403)
  })

  it.each<[string, Record<string, unknown>, string[]]>([
    ['grades on a visit', { ...visit, judgements: [{ area: 'ilacs-leaders', grade: 'good' }] }, ['judgements']],
    ['an overall judgement on a visit', { ...visit, overall: 'good' }, ['overall']],
    ['a full inspection following up another', { ...fullInspection, followsInspectionId: 'inspection-ilacs' }, ['followsInspectionId']],
    ['two areas graded twice', { ...fullInspection, judgements: [{ area: 'ilacs-leaders', grade: 'good' }, { area: 'ilacs-leaders', grade: 'inadequate' }] }, ['judgements.1.area']],
    ['an area of another framework on a recommendation', { ...visit, recommendations: [{ ...recommendations[0], area: 'sif-adoption' }] }, ['recommendations.0.area']],
    ['two recommendations with one number', { ...visit, recommendations: [recommendations[0], { ...recommendations[1], number: 1 }] }, ['recommendations.1.number']],
    ['two recommendations with one id', { ...visit, recommendations: [recommendations[0], { ...recommendations[1], id: 'rec-new-1' }] }, ['recommendations.1.id']],
    ['an empty recommendation', { ...visit, recommendations: [{ ...recommendations[0], text: '  ' }] }, ['recommendations.0.text']],
    ['a letter dated before the visit ended', { ...visit, publishedDate: '2026-10-13' }, ['publishedDate']],
    ['a grade the framework does not use', { ...fullInspection, overall: 'adequate' }, ['overall']],
  ])('refuses %s (400), naming the field, and stores nothing', async (_what, body, paths) => {
    const before = await stored.inspections.count()
    const response = await call('POST', '/api/inspections', { as: CHAIR, body })
    expect(response.status).toBe(400)
    expect(errorPaths(response)).toEqual(paths)
    expect(await stored.inspections.count()).toBe(before)
  })

  it('refuses a recommendation id another inspection uses, and a follow-up of no full inspection (400)', async () => {
    const taken = await call('POST', '/api/inspections', { as: CHAIR, body: { ...visit, recommendations: [{ ...recommendations[0], id: 'rec-1' }] } })
    expect(taken.status).toBe(400)
    expect(errorPaths(taken)).toEqual(['recommendations.0.id'])
    const ofVisit = await call('POST', '/api/inspections', { as: CHAIR, body: { ...visit, followsInspectionId: 'inspection-monitoring-1' } })
    expect(errorPaths(ofVisit)).toEqual(['followsInspectionId'])
    const ofNothing = await call('POST', '/api/inspections', { as: CHAIR, body: { ...visit, followsInspectionId: 'inspection-ghost' } })
    expect(errorPaths(ofNothing)).toEqual(['followsInspectionId'])
  })
})

describe('changing an inspection or a visit', () => {
  async function recorded(body: object = visit) {
    return (await call('POST', '/api/inspections', { as: CHAIR, body })).json
  }

  it('the chair edits a visit: a recommendation reworded, one removed, one added, renumbered', async () => {
    const saved = await recorded()
    const next = [
      { ...recommendations[0], text: 'The timeliness of initial child protection conferences and reviews.' },
      { ...recommendations[2], number: 2 },
      { id: 'rec-new-4', number: 3, text: 'Management oversight of children on child in need plans.', area: 'ilacs-leaders' },
    ]
    const response = await call('PATCH', `/api/inspections/${saved.id}`, { as: CHAIR, ifMatch: 1, body: { recommendations: next, publishedDate: '2026-11-12' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('ETag')).toBe('"2"')
    expect(response.json).toMatchObject({ recommendations: next, publishedDate: '2026-11-12', version: 2, kind: 'monitoring-visit' })
  })

  it('needs If-Match (428) and refuses a stale one (412) with the inspection as it is', async () => {
    const saved = await recorded()
    expect((await call('PATCH', `/api/inspections/${saved.id}`, { as: CHAIR, body: { publishedDate: null } })).status).toBe(428)
    await call('PATCH', `/api/inspections/${saved.id}`, { as: CHAIR, ifMatch: 1, body: { publishedDate: null } })
    const stale = await call('PATCH', `/api/inspections/${saved.id}`, { as: CHAIR, ifMatch: 1, body: { endDate: '2026-10-15' } })
    expect(stale.status).toBe(412)
    expect(stale.json.current).toMatchObject({ publishedDate: null, version: 2 })
  })

  it('turning a full inspection into a visit must drop its grades (400)', async () => {
    const saved = await recorded(fullInspection)
    const response = await call('PATCH', `/api/inspections/${saved.id}`, { as: CHAIR, ifMatch: 1, body: { kind: 'focused-visit' } })
    expect(response.status).toBe(400)
    expect(errorPaths(response).sort()).toEqual(['judgements', 'overall'])
    const dropped = await call('PATCH', `/api/inspections/${saved.id}`, { as: CHAIR, ifMatch: 1, body: { kind: 'focused-visit', overall: null, judgements: [] } })
    expect(dropped.status).toBe(200)
  })

  it('a visit that follows up the plan’s inspection belongs to that plan’s board: only its chair or an administrator changes it', async () => {
    const change = (as: string) => call('PATCH', '/api/inspections/inspection-monitoring-2', { as, ifMatch: '*', body: { publishedDate: null } })
    expect((await change(SCRUTINY_CHAIR)).status).toBe(403)
    expect((await change(DIRECTOR)).status).toBe(403)
    expect((await change(MEMBER)).status).toBe(403)
    expect((await change(CHAIR)).status).toBe(200)
    expect((await change(ADMIN)).status).toBe(200)
  })

  it('will not remove a recommendation a milestone answers (409), naming the milestone, and changes nothing', async () => {
    const demo = (await stored.inspections.get('inspection-monitoring-2'))!
    const before = await storedData()
    const response = await call('PATCH', '/api/inspections/inspection-monitoring-2', {
      as: CHAIR,
      ifMatch: demo.version,
      body: { recommendations: demo.recommendations.filter((recommendation) => recommendation.id !== 'mv2-rec-1') },
    })
    expect(response.status).toBe(409)
    expect(response.json.detail).toBe(
      'Recommendation 1 is answered by “Strategy discussions held within one working day”. Unlink it from that milestone before removing it.',
    )
    expect(await storedData()).toEqual(before)
    // One no milestone answers may go.
    const unanswered = await call('PATCH', '/api/inspections/inspection-monitoring-2', {
      as: CHAIR,
      ifMatch: demo.version,
      body: { recommendations: demo.recommendations.filter((recommendation) => recommendation.id !== 'mv2-rec-3') },
    })
    expect(unanswered.status).toBe(200)
  })

  it('will not stop following up the plan’s inspection while the plan’s milestones answer the visit (409)', async () => {
    const response = await call('PATCH', '/api/inspections/inspection-monitoring-2', { as: CHAIR, ifMatch: '*', body: { followsInspectionId: null } })
    expect(response.status).toBe(409)
    expect(response.json.detail).toContain('would no longer answer this visit')
  })

  it('will not make a followed-up inspection a visit (409)', async () => {
    const response = await call('PATCH', '/api/inspections/inspection-ilacs', {
      as: CHAIR,
      ifMatch: '*',
      body: { kind: 'monitoring-visit', overall: null, judgements: [] },
    })
    expect(response.status).toBe(409)
    expect(response.json.detail).toContain('Visits follow this inspection up')
  })
})

describe('milestones answer the recommendations of the plan’s inspection and of the visits that follow it up', () => {
  const milestone = (recommendationIds: string[]) => ({
    planId: 'plan-northshire',
    themeId: 'theme-practice',
    title: 'Direct work toolkit',
    ownerId: DIRECTOR,
    dueDate: '2027-03-31',
    recommendationIds,
  })

  it('a milestone may answer a visit’s recommendation', async () => {
    const response = await call('POST', '/api/milestones', { as: CHAIR, body: milestone(['mv2-rec-3', 'rec-9']) })
    expect(response.status).toBe(201)
  })

  it('but not one of a visit that follows up nothing the plan answers (400)', async () => {
    const standalone = (await call('POST', '/api/inspections', { as: CHAIR, body: { ...visit, followsInspectionId: null } })).json
    const response = await call('POST', '/api/milestones', { as: CHAIR, body: milestone([standalone.recommendations[0].id]) })
    expect(response.status).toBe(400)
    expect(errorPaths(response)).toEqual(['recommendationIds.0'])
  })

  it('a restore refuses a visit following up no full inspection, and a recommendation id two inspections share', async () => {
    const backup = backupSchema.parse((await call('GET', '/api/export')).json)
    backup.data.inspections.find((inspection) => inspection.id === 'inspection-monitoring-1')!.followsInspectionId = 'inspection-ghost'
    backup.data.inspections.find((inspection) => inspection.id === 'inspection-monitoring-2')!.recommendations[0]!.id = 'rec-1'
    const response = await call('POST', '/api/import', { as: ADMIN, body: { ...backup, checksum: await checksumOf(backup.data) } })
    expect(response.status).toBe(400)
    const paths = errorPaths(response)
    expect(paths.some((path) => path.startsWith('data.inspections.') && path.endsWith('followsInspectionId'))).toBe(true)
    expect(paths.some((path) => path.startsWith('data.inspections.') && path.endsWith('recommendations.0.id'))).toBe(true)
  })
})
