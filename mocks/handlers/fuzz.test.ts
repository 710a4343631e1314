// @vitest-environment node
import fc from 'fast-check'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { z } from 'zod'
import * as boards from '@/contract/boards'
import * as dateChanges from '@/contract/date-changes'
import * as imports from '@/contract/imports'
import * as inspections from '@/contract/inspections'
import * as measures from '@/contract/measures'
import * as meetings from '@/contract/meetings'
import * as milestones from '@/contract/milestones'
import * as minutes from '@/contract/minutes'
import * as people from '@/contract/people'
import * as plans from '@/contract/plans'
import * as reports from '@/contract/reports'
import { datasetSchema } from '@/contract/stored'
import { datasetProblems } from '@/domain/record-rules'
import { ADMIN, call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR, TEST_TODAY, storedData } from '../testing/api'

/**
 * Generated bodies thrown at every write path: whatever arrives, the API answers without a 500,
 * and what it stores is still a dataset the contract and the record rules accept.
 */
const ids = ['p-improvement-chair', 'p-safeguarding', 'p-member-ashworth', 'board-improvement', 'board-scrutiny', 'plan-northshire', 'theme-workforce', 'milestone-13', 'meeting-scrutiny-2026-11-24', 'rec-1', 'nope', '', 'higher-is-better', 'lower-is-better', 'measure-caseloads']
const value = fc.oneof(
  // Plausible values, weighted so a fair share of bodies pass validation and reach the store.
  { weight: 4, arbitrary: fc.constantFrom(...ids) },
  { weight: 3, arbitrary: fc.constantFrom('Audit of case files', 'Weekly clinics with team managers', 'Sign-off delayed') },
  { weight: 3, arbitrary: fc.constantFrom('green', 'amber', 'red', 'blue', 'not-started', 'in-preparation', 'submitted', 'considered', 'deferred', 'withdrawn', 'quarterly', 'annual', 'none', 'director', 'member', 'chair', 'improvement-board', 'panel') },
  { weight: 2, arbitrary: fc.constantFrom('2026-12-10', '2027-03-31', '2027-02-30', '9999-12-20', '0000-01-03', '2100-12-31', '2027-06', '10000-03') },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 400 }) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...ids), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.record({ id: fc.constantFrom(...ids), title: fc.constantFrom('Workforce', 'Care leavers', '') }), { maxLength: 2 }) },
)
/** The fields a path's schema names: bodies use them (so some pass validation and are stored), now and then with a stray one. */
function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape ?? (schema as { def?: { in?: { shape?: Record<string, unknown> } } }).def?.in?.shape
  return Object.keys(shape ?? {})
}
const bodyFor = (schema: z.ZodType) =>
  fc.dictionary(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...keysOf(schema)) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'isAdmin', 'id', 'version') }), value, { maxKeys: 4 })
const writes: Array<[string, string, z.ZodType]> = [
  ['POST', '/api/people', people.createPersonInputSchema],
  ['POST', '/api/inspections', inspections.createInspectionInputSchema],
  ['PATCH', '/api/inspections/inspection-ilacs', inspections.updateInspectionInputSchema],
  ['POST', '/api/boards', boards.createBoardInputSchema],
  ['PATCH', '/api/boards/board-scrutiny', boards.updateBoardInputSchema],
  ['POST', '/api/meetings', meetings.createMeetingInputSchema],
  ['PATCH', '/api/meetings/meeting-scrutiny-2026-11-24', meetings.updateMeetingInputSchema],
  ['POST', '/api/plans', plans.createPlanInputSchema],
  ['PATCH', '/api/plans/plan-northshire', plans.updatePlanInputSchema],
  ['POST', '/api/milestones', milestones.createMilestoneInputSchema],
  ['PATCH', '/api/milestones/milestone-13', milestones.updateMilestoneInputSchema],
  ['POST', '/api/milestones/milestone-13/updates', milestones.createMilestoneUpdateInputSchema],
  ['POST', '/api/milestones/milestone-13/date-changes', dateChanges.proposeDateChangeInputSchema],
  ['POST', '/api/milestones/milestone-31/date-changes/datechange-demo-5/decision', dateChanges.decideDateChangeInputSchema],
  // A union has no shape to read its keys from: these are the keys of both its arms.
  ['POST', '/api/milestones/milestone-33/sign-off', milestones.signOffInputSchema.options[1]],
  ['POST', '/api/milestones/milestone-16/close', milestones.closeMilestoneInputSchema],
  ['POST', '/api/reports', reports.createReportInputSchema],
  ['PATCH', '/api/reports/report-cin-review', reports.updateReportInputSchema],
  ['POST', '/api/reports/report-cin-review/transitions', reports.reportTransitionInputSchema],
  ['POST', '/api/measures', measures.createMeasureInputSchema],
  ['PATCH', '/api/measures/measure-assessments-45', measures.updateMeasureInputSchema],
  ['POST', '/api/measures/measure-assessments-45/actuals', measures.recordActualInputSchema],
  ['PATCH', '/api/measures/measure-assessments-45/actuals/2026-10', measures.correctActualInputSchema],
  ['POST', '/api/plans/plan-northshire/imports', imports.createPlanImportInputSchema],
  // Writes nothing, but reads whatever text arrives.
  ['POST', '/api/minutes/proposals', minutes.minutesProposalsInputSchema],
]
/** How many generated writes were accepted: a fuzz whose every body is refused tests only validation. */
let accepted = 0

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

describe('generated bodies at every write path', () => {
  it.each(writes)('%s %s never answers 500 and never stores what the contract refuses', async (method, path, schema) => {
    await fc.assert(
      fc.asyncProperty(bodyFor(schema), fc.constantFrom(ADMIN, CHAIR, SCRUTINY_CHAIR, DIRECTOR, MEMBER), async (generated, as) => {
        const response = await call(method, path, { as, ifMatch: '*', rawBody: JSON.stringify(generated) })
        expect(response.status, JSON.stringify(response.json)).toBeLessThan(500)
        expect(response.headers.get('X-Local-API')).toBe('1')
        if (response.status < 300) accepted += 1
      }),
      { numRuns: 80 },
    )
    const data = await storedData()
    expect(datasetSchema.safeParse(data).error?.issues.slice(0, 3)).toBeUndefined()
    expect(datasetProblems(data)).toEqual([])
  })

  it('had some of its writes accepted, so it tested what is stored, not only what is refused', () => {
    // About 30 of 2,000 on a usual run, varying with the random bodies: 10 shows writes reach the store.
    expect(accepted).toBeGreaterThan(10)
  })
})
