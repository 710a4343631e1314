import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { boardSchema } from '@/contract/boards'
import { meetingSchema } from '@/contract/meetings'
import { milestoneSchema, milestoneUpdateSchema } from '@/contract/milestones'
import { personSchema } from '@/contract/people'
import { planSchema } from '@/contract/plans'
import { reportSchema } from '@/contract/reports'
import { storedMeetingSchema, storedMilestoneSchema, storedReportSchema } from '@/contract/stored'
import { aBoard, aMeeting, aMilestone, aMilestoneUpdate, aPerson, aPlan, aReport, aStoredMeeting, aStoredMilestone, aStoredReport } from './builders'

/** Strict copies of the schemas: a builder that adds a field the contract does not have fails too. */
const strict = <S extends z.ZodObject>(schema: S) => schema.strict()

describe('test data builders give contract-valid records', () => {
  it.each([
    ['aPerson', aPerson(), strict(personSchema)],
    ['aBoard', aBoard(), strict(boardSchema)],
    ['aStoredMeeting', aStoredMeeting(), strict(storedMeetingSchema)],
    ['aMeeting', aMeeting(), strict(meetingSchema)],
    ['aPlan', aPlan(), strict(planSchema)],
    ['aStoredMilestone', aStoredMilestone(), strict(storedMilestoneSchema)],
    ['aMilestone', aMilestone(), strict(milestoneSchema)],
    ['aMilestoneUpdate', aMilestoneUpdate(), strict(milestoneUpdateSchema)],
    ['aStoredReport', aStoredReport(), strict(storedReportSchema)],
    ['aReport', aReport(), strict(reportSchema)],
  ] as const)('%s', (_name, record, schema) => {
    expect(schema.safeParse(record).error?.issues ?? []).toEqual([])
  })

  it('takes overrides over the defaults', () => {
    expect(aMilestone({ rag: 'red', stale: true })).toMatchObject({ id: 'milestone-1', rag: 'red', stale: true })
  })

  it('gives records that refer to one another by default', () => {
    const milestone = aMilestone()
    expect(milestone.planId).toBe(aPlan().id)
    expect(aPlan().themes.map((theme) => theme.id)).toContain(milestone.themeId)
    expect(milestone.ownerId).toBe(aPerson().id)
    expect(aStoredReport().dueMeetingId).toBe(aStoredMeeting().id)
    expect(aStoredMeeting().boardId).toBe(aBoard().id)
  })
})
