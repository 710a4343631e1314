// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { inspectionSchema } from '@/contract/inspections'
import { planSchema } from '@/contract/plans'
import { call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR } from '../testing/api'

beforeEach(async () => {
  await loadDemoData()
})

describe('inspections', () => {
  const visit = { framework: 'ilacs-2023', kind: 'monitoring-visit', startDate: '2026-11-10', endDate: '2026-11-11' }

  it('lists the ILACS inspection and two monitoring visits, newest first', async () => {
    const response = await call('GET', '/api/inspections')
    expect(response.json.map((inspection: { kind: string }) => inspection.kind)).toEqual(['monitoring-visit', 'monitoring-visit', 'full-inspection'])
    for (const inspection of response.json) inspectionSchema.parse(inspection)
    const full = response.json[2]
    expect(full.overall).toBe('inadequate')
    expect(full.recommendations).toHaveLength(9)
  })

  it('lets a chair record one; a visit gives no overall judgement', async () => {
    const response = await call('POST', '/api/inspections', { as: CHAIR, body: visit })
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({ ...visit, overall: null, judgements: [], publishedDate: null })
    expect((await call('POST', '/api/inspections', { as: DIRECTOR, body: visit })).status).toBe(403)
  })

  it('refuses areas and grades the framework does not have, and dates out of order', async () => {
    const response = await call('POST', '/api/inspections', {
      as: CHAIR,
      body: {
        ...visit,
        framework: 'sif',
        kind: 'full-inspection',
        endDate: '2026-11-01',
        judgements: [{ area: 'ilacs-leaders', grade: 'good' }, { area: 'sif-leadership', grade: 'adequate' }],
      },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors.map((error: { path: string }) => error.path)).toEqual(['endDate', 'judgements.0.area', 'judgements.1.grade'])
  })

  it('accepts "adequate" under the 2013 child protection framework', async () => {
    const response = await call('POST', '/api/inspections', {
      as: CHAIR,
      body: { framework: 'cp-2013', kind: 'full-inspection', startDate: '2013-03-04', endDate: '2013-03-15', judgements: [{ area: 'cp-leadership', grade: 'adequate' }] },
    })
    expect(response.status).toBe(201)
  })

  it('will not drop a recommendation a milestone answers (409)', async () => {
    const response = await call('PATCH', '/api/inspections/inspection-ilacs', { as: CHAIR, ifMatch: 1, body: { recommendations: [] } })
    expect(response.status).toBe(409)
  })
})

describe('plans', () => {
  it('lists plans by board, matching the contract', async () => {
    const response = await call('GET', '/api/plans?boardId=board-improvement')
    expect(response.json).toHaveLength(1)
    planSchema.parse(response.json[0])
    expect(response.json[0].themes).toHaveLength(7)
  })

  it('lets the board’s chair add a plan, giving new themes ids', async () => {
    const response = await call('POST', '/api/plans', {
      as: SCRUTINY_CHAIR,
      body: { boardId: 'board-scrutiny', title: 'Scrutiny work programme', themes: [{ title: 'Care leavers' }] },
    })
    expect(response.status).toBe(201)
    expect(response.json.themes[0]).toMatchObject({ title: 'Care leavers', id: expect.stringMatching(/^theme-/) })
    expect((await call('POST', '/api/plans', { as: MEMBER, body: { boardId: 'board-scrutiny', title: 'X' } })).status).toBe(403)
  })

  it('renames and adds themes, but will not remove a theme that has milestones (409)', async () => {
    const plan = (await call('GET', '/api/plans/plan-northshire')).json
    const renamed = await call('PATCH', '/api/plans/plan-northshire', {
      as: CHAIR,
      ifMatch: plan.version,
      body: { themes: [...plan.themes.map((theme: { id: string; title: string }) => ({ ...theme, title: `${theme.title}.` })), { title: 'Education' }] },
    })
    expect(renamed.status).toBe(200)
    expect(renamed.json.themes).toHaveLength(8)
    const removed = await call('PATCH', '/api/plans/plan-northshire', { as: CHAIR, ifMatch: renamed.json.version, body: { themes: [] } })
    expect(removed.status).toBe(409)
  })
})
