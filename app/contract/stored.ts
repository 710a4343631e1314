import { z } from 'zod'
import { boardSchema } from './boards'
import { councilSchema } from './council'
import { dateChangeSchema } from './date-changes'
import { planImportSchema } from './imports'
import { measureActualSchema, measureSchema } from './measures'
import { inspectionSchema } from './inspections'
import { actionSchema } from './actions'
import { storedPackSchema } from './pack'
import { agendaItemSchema, attendanceSchema, meetingSchema, timeOfDaySchema } from './meetings'
import { milestoneSchema, milestoneUpdateSchema } from './milestones'
import { personSchema } from './people'
import { personChangeSchema } from './person-changes'
import { planSchema } from './plans'
import { reportSchema } from './reports'

/**
 * Stored shapes: what the API keeps, before derived fields are added. Backups carry these too,
 * so they are part of the contract.
 */
export const storedCouncilSchema = councilSchema
export const storedPersonSchema = personSchema
export const storedInspectionSchema = inspectionSchema
export const storedBoardSchema = boardSchema
/** A meeting as stored: its time, saved agenda and attendance are absent on meetings written before schema 5 (and until set). */
export const storedMeetingSchema = meetingSchema.omit({ papersDeadline: true, agendaSaved: true, warnings: true }).extend({
  time: timeOfDaySchema.nullable().optional(),
  /** Absent until the chair saves the agenda; the answer then shows the standing one. */
  agenda: z.array(agendaItemSchema).optional(),
  attendance: attendanceSchema.nullable().optional(),
})
export const storedActionSchema = actionSchema.omit({ overdue: true, dueBy: true })
export type StoredAction = z.infer<typeof storedActionSchema>
export const storedPlanSchema = planSchema
export const storedMilestoneSchema = milestoneSchema.omit({
  overdue: true,
  stale: true,
  completedLate: true,
  slipped: true,
  slippedDays: true,
  proposedDueDate: true,
})
export const storedMilestoneUpdateSchema = milestoneUpdateSchema
export const storedDateChangeSchema = dateChangeSchema
export const storedMeasureSchema = measureSchema.omit({ latest: true, status: true })
export const storedMeasureActualSchema = measureActualSchema
export const storedReportSchema = reportSchema.omit({ overdue: true })
export const storedPlanImportSchema = planImportSchema
export const storedPersonChangeSchema = personChangeSchema

export type StoredCouncil = z.infer<typeof storedCouncilSchema>
export type StoredDateChange = z.infer<typeof storedDateChangeSchema>
export type StoredMeasure = z.infer<typeof storedMeasureSchema>
export type StoredMeasureActual = z.infer<typeof storedMeasureActualSchema>
export type StoredPlanImport = z.infer<typeof storedPlanImportSchema>
export type StoredPersonChange = z.infer<typeof storedPersonChangeSchema>

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
  /** One record, or none before the council is set up. */
  council: z.array(storedCouncilSchema).max(1),
  people: z.array(storedPersonSchema),
  inspections: z.array(storedInspectionSchema),
  boards: z.array(storedBoardSchema),
  meetings: z.array(storedMeetingSchema),
  plans: z.array(storedPlanSchema),
  milestones: z.array(storedMilestoneSchema),
  milestoneUpdates: z.array(storedMilestoneUpdateSchema),
  dateChanges: z.array(storedDateChangeSchema),
  measures: z.array(storedMeasureSchema),
  measureActuals: z.array(storedMeasureActualSchema),
  reports: z.array(storedReportSchema),
  planImports: z.array(storedPlanImportSchema),
  /** Changes to people's roles, flags and board seats, who made them and when (schema 4). */
  personChanges: z.array(storedPersonChangeSchema),
  /** Actions agreed at meetings, each board's action log (schema 5). */
  actions: z.array(storedActionSchema),
  /** Meeting packs as published: frozen, never recomputed (schema 6). */
  packs: z.array(storedPackSchema),
})
export type Dataset = z.infer<typeof datasetSchema>
export const datasetTables = [
  'council',
  'people',
  'inspections',
  'boards',
  'meetings',
  'plans',
  'milestones',
  'milestoneUpdates',
  'dateChanges',
  'measures',
  'measureActuals',
  'reports',
  'planImports',
  'personChanges',
  'actions',
  'packs',
] as const satisfies ReadonlyArray<keyof Dataset>
export type DatasetTable = (typeof datasetTables)[number]
