import { z } from 'zod'
import { idSchema, instantSchema, isoMonthSchema, optionalText, requiredText, versionSchema } from './common'
import { recurrences, reportStatuses } from './report-status'

export * from './report-status'

export const recurrenceSchema = z.enum(recurrences, { error: 'Select how often the report is due' })
export const reportStatusSchema = z.enum(reportStatuses, { error: 'Select a status' })

/**
 * Events that are not a move of status: an author's request to defer, and the chair declining it
 * (`from` and `to` are then both the status it stays in). An accepted request is a move to deferred.
 */
export const reportEventKinds = ['deferral-asked', 'deferral-declined'] as const

/** Whether a link may be shown as one: http or https only (never javascript:, data: and the like). */
export function isWebLink(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false
  try {
    const url = new URL(text)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

export const reportEventSchema = z.object({
  at: instantSchema,
  byId: idSchema,
  from: reportStatusSchema.nullable(),
  to: reportStatusSchema,
  meetingId: idSchema.optional(),
  /** On a deferral: the meeting it was due at before. */
  fromMeetingId: idSchema.optional(),
  reason: z.string().optional(),
  /** On a submission: the link to the paper, http or https only. */
  paperUrl: z.string().optional(),
  /** On a submission: the author's note to the board. */
  note: z.string().optional(),
  kind: z.enum(reportEventKinds).optional(),
})
export type ReportEvent = z.infer<typeof reportEventSchema>

export const reportSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string().optional(),
  requestedByBoardId: idSchema,
  requestedAtMeetingId: idSchema.nullable(),
  dueMeetingId: idSchema.nullable(),
  dueMonth: isoMonthSchema.nullable(),
  dueNextMeeting: z.boolean(),
  authorId: idSchema,
  recurrence: recurrenceSchema,
  status: reportStatusSchema,
  history: z.array(reportEventSchema),
  previousInstanceId: idSchema.nullable(),
  /** The author's request to defer it, while the chair has not yet decided; absent otherwise (and on every report stored before it). */
  deferralRequest: z
    .object({ at: instantSchema, byId: idSchema, meetingId: idSchema, reason: z.string() })
    .optional(),
  version: versionSchema,
  /** Derived: past the due meeting's papers deadline (or the due month) and not yet submitted. */
  overdue: z.boolean(),
})
export type Report = z.infer<typeof reportSchema>

const dueFields = {
  dueMeetingId: idSchema.nullable().default(null),
  dueMonth: isoMonthSchema.nullable().default(null),
  dueNextMeeting: z.boolean().default(false),
}

/** A report is due at exactly one of: a meeting, a month, or the next meeting. This counts the choices made. */
export function dueChoiceCount(report: { dueMeetingId: string | null; dueMonth: string | null; dueNextMeeting: boolean }): number {
  return [report.dueMeetingId !== null, report.dueMonth !== null, report.dueNextMeeting].filter(Boolean).length
}

export const createReportInputSchema = z
  .strictObject({
    title: requiredText('the report’s title', 200),
    description: optionalText('the description', 5000),
    requestedByBoardId: idSchema,
    requestedAtMeetingId: idSchema.nullable().default(null),
    ...dueFields,
    authorId: idSchema,
    recurrence: recurrenceSchema.default('none'),
  })
  .superRefine((value, ctx) => {
    if (dueChoiceCount(value) !== 1) {
      ctx.addIssue({ code: 'custom', path: ['due'], message: 'Select when the report is due: a meeting, a month or the next meeting' })
    }
  })
export type CreateReportInput = z.input<typeof createReportInputSchema>

export const updateReportInputSchema = z.strictObject({
  title: requiredText('the report’s title', 200).optional(),
  description: optionalText('the description', 5000),
  authorId: idSchema.optional(),
  recurrence: recurrenceSchema.optional(),
  dueMeetingId: idSchema.nullable().optional(),
  dueMonth: isoMonthSchema.nullable().optional(),
  dueNextMeeting: z.boolean().optional(),
})
export type UpdateReportInput = z.input<typeof updateReportInputSchema>

/** A link to a paper: optional; when given, a whole http or https address. */
const paperUrlSchema = z
  .string()
  .trim()
  .max(2000, { error: 'The link to the paper must be 2000 characters or fewer' })
  .refine((value) => value === '' || isWebLink(value), { error: 'Enter the link to the paper as a web address starting with https://, like https://papers.example.gov.uk/report.pdf' })
  .optional()
  .transform((value) => (value === '' ? undefined : value))

export const reportTransitionInputSchema = z
  .strictObject({
    to: z.enum(reportStatuses, { error: 'Select the report’s new status' }),
    meetingId: idSchema.optional(),
    reason: optionalText('the reason', 2000),
    paperUrl: paperUrlSchema,
    note: optionalText('the note', 2000),
  })
  .superRefine(
    (value, ctx) => {
      const filled = (text: unknown) => typeof text === 'string' && text.trim() !== ''
      if (value.to !== 'submitted' && value.paperUrl) {
        ctx.addIssue({ code: 'custom', path: ['paperUrl'], message: 'A link to the paper goes with submitting the report' })
      }
      if (value.to !== 'submitted' && value.note) {
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'A note goes with submitting the report' })
      }
      if (value.to === 'deferred' && !filled(value.meetingId)) {
        ctx.addIssue({ code: 'custom', path: ['meetingId'], message: 'Select the meeting the report is deferred to' })
      }
      if ((value.to === 'deferred' || value.to === 'withdrawn') && !filled(value.reason)) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: `Enter the reason the report is ${value.to}` })
      }
    },
    { when: (payload) => reportStatusSchema.safeParse((payload.value as { to?: unknown } | undefined)?.to).success },
  )
export type ReportTransitionInput = z.input<typeof reportTransitionInputSchema>

/** An author asks the chair to defer their report to a later meeting of the board. */
export const deferralRequestInputSchema = z.strictObject({
  meetingId: z.string({ error: 'Select the meeting you ask to defer it to' }).trim().min(1, { error: 'Select the meeting you ask to defer it to' }),
  reason: requiredText('the reason you ask to defer it', 2000),
})
export type DeferralRequestInput = z.input<typeof deferralRequestInputSchema>

export const deferralDecisions = ['accept', 'decline'] as const
/** The chair accepts (the report moves to the meeting asked for) or declines (with a reason). */
export const deferralDecisionInputSchema = z
  .strictObject({
    decision: z.enum(deferralDecisions, { error: 'Select whether you accept or decline the request' }),
    reason: optionalText('the reason', 2000),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'decline' && !value.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter why you decline to defer it' })
  })
export type DeferralDecisionInput = z.input<typeof deferralDecisionInputSchema>

export const reportsQuerySchema = z.object({
  boardId: idSchema.optional(),
  status: reportStatusSchema.optional(),
  authorId: idSchema.optional(),
  dueMeetingId: idSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
})
export type ReportsQuery = z.infer<typeof reportsQuerySchema>
