// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { auditPageSchema } from '@/contract/audit'
import { backupSchema } from '@/contract/backup'
import { boardSchema } from '@/contract/boards'
import { planImportSchema } from '@/contract/imports'
import { inspectionSchema } from '@/contract/inspections'
import { meetingSchema } from '@/contract/meetings'
import { milestoneSchema, milestoneUpdateSchema } from '@/contract/milestones'
import { measureActualSchema, measureSchema } from '@/contract/measures'
import { meetingPackSchema } from '@/contract/pack'
import { dateChangeSchema } from '@/contract/date-changes'
import { personSchema } from '@/contract/people'
import { personChangeSchema } from '@/contract/person-changes'
import { planSchema } from '@/contract/plans'
import { reportSchema } from '@/contract/reports'
import { call, loadDemoData } from '../testing/api'

beforeEach(async () => {
  await loadDemoData()
})

/** Every GET path of the design answers with what its schema says, and is marked as the local API. */
describe('every response parses with its contract schema', () => {
  it.each([
    ['/api/people', z.array(personSchema)],
    ['/api/people/p-dcs', personSchema],
    ['/api/people/p-admin/changes', z.array(personChangeSchema)],
    ['/api/inspections', z.array(inspectionSchema)],
    ['/api/inspections/inspection-ilacs', inspectionSchema],
    ['/api/boards', z.array(boardSchema)],
    ['/api/boards/board-improvement', boardSchema],
    ['/api/meetings', z.array(meetingSchema)],
    ['/api/meetings?boardId=board-cabinet', z.array(meetingSchema)],
    ['/api/plans', z.array(planSchema)],
    ['/api/plans/plan-northshire', planSchema],
    ['/api/plans/plan-northshire/updates', z.array(milestoneUpdateSchema)],
    ['/api/milestones', z.array(milestoneSchema)],
    ['/api/milestones/milestone-01', milestoneSchema],
    ['/api/milestones/milestone-01/updates', z.array(milestoneUpdateSchema)],
    ['/api/milestones/milestone-18/date-changes', z.array(dateChangeSchema)],
    ['/api/date-changes', z.array(dateChangeSchema)],
    ['/api/date-changes?planId=plan-northshire&status=proposed', z.array(dateChangeSchema)],
    ['/api/reports', z.array(reportSchema)],
    ['/api/reports/report-cin-review', reportSchema],
    ['/api/measures', z.array(measureSchema)],
    ['/api/measures?planId=plan-northshire', z.array(measureSchema)],
    ['/api/measures/measure-caseloads', measureSchema],
    ['/api/measures/measure-caseloads/actuals', z.array(measureActualSchema)],
    ['/api/export', backupSchema],
  ] as const)('GET %s', async (path, schema) => {
    const response = await call('GET', path)
    expect(response.status).toBe(200)
    expect(response.headers.get('X-Local-API')).toBe('1')
    // An empty list would parse with any item schema and prove nothing.
    if (Array.isArray(response.json)) expect(response.json.length).toBeGreaterThan(0)
    expect(() => schema.parse(response.json)).not.toThrow()
  })

  it('GET /api/audit', async () => {
    const response = await call('GET', '/api/audit', { as: 'p-admin' })
    expect(response.status).toBe(200)
    expect(auditPageSchema.parse(response.json).entries.length).toBeGreaterThan(0)
  })

  it('GET /api/plans/:id/imports', async () => {
    const row = { sheetRow: 2, theme: 'Early help', title: 'Early help strategy', ownerId: 'p-dcs', dueDate: '2027-03-31', rag: 'green' }
    const body = { fileName: 'tracker.csv', fileHash: 'c'.repeat(64), rows: [row] }
    expect((await call('POST', '/api/plans/plan-northshire/imports', { as: 'p-improvement-chair', body })).status).toBe(201)
    const response = await call('GET', '/api/plans/plan-northshire/imports')
    expect(response.json).toHaveLength(1)
    expect(() => z.array(planImportSchema).parse(response.json)).not.toThrow()
  })

  it('GET /api/meetings/:id/pack', async () => {
    const [meeting] = (await call('GET', '/api/meetings?boardId=board-improvement')).json
    const response = await call('GET', `/api/meetings/${meeting.id}/pack`)
    expect(response.status).toBe(200)
    expect(() => meetingPackSchema.parse(response.json)).not.toThrow()
  })

  it('an unknown API path is a 404 problem from the local API', async () => {
    const response = await call('GET', '/api/nothing-here')
    expect(response.status).toBe(404)
    expect(response.headers.get('X-Local-API')).toBe('1')
  })
})
