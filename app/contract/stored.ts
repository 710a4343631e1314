import { z } from 'zod'
import { boardSchema } from './boards'
import { inspectionSchema } from './inspections'
import { meetingSchema } from './meetings'
import { milestoneSchema, milestoneUpdateSchema } from './milestones'
import { personSchema } from './people'
import { planSchema } from './plans'
import { reportSchema } from './reports'

/**
 * Stored shapes: what the API keeps, before derived fields are added. Backups carry these too,
 * so they are part of the contract.
 */
/** Data written before schema 2 names no administrators: absent means not one. */
export const storedPersonSchema = personSchema.extend({ isAdmin: z.boolean().optional() })
export const storedInspectionSchema = inspectionSchema
export const storedBoardSchema = boardSchema
export const storedMeetingSchema = meetingSchema.omit({ papersDeadline: true })
export const storedPlanSchema = planSchema
export const storedMilestoneSchema = milestoneSchema.omit({ overdue: true, stale: true, completedLate: true })
export const storedMilestoneUpdateSchema = milestoneUpdateSchema
export const storedReportSchema = reportSchema.omit({ overdue: true })

export type StoredPerson = z.infer<typeof storedPersonSchema>
export type StoredInspection = z.infer<typeof storedInspectionSchema>
export type StoredBoard = z.infer<typeof storedBoardSchema>
export type StoredMeeting = z.infer<typeof storedMeetingSchema>
export type StoredPlan = z.infer<typeof storedPlanSchema>
export type StoredMilestone = z.infer<typeof storedMilestoneSchema>
export type StoredMilestoneUpdate = z.infer<typeof storedMilestoneUpdateSchema>
export type StoredReport = z.infer<typeof storedReportSchema>

/** Every table of data, in the order a restore writes them. */
export const datasetSchema = z.object({
  people: z.array(storedPersonSchema),
  inspections: z.array(storedInspectionSchema),
  boards: z.array(storedBoardSchema),
  meetings: z.array(storedMeetingSchema),
  plans: z.array(storedPlanSchema),
  milestones: z.array(storedMilestoneSchema),
  milestoneUpdates: z.array(storedMilestoneUpdateSchema),
  reports: z.array(storedReportSchema),
})
export type Dataset = z.infer<typeof datasetSchema>
export const datasetTables = [
  'people',
  'inspections',
  'boards',
  'meetings',
  'plans',
  'milestones',
  'milestoneUpdates',
  'reports',
] as const satisfies ReadonlyArray<keyof Dataset>
