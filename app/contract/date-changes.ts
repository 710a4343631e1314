import { z } from 'zod'
import { idSchema, instantSchema, isoDateSchema, optionalText, requiredText, versionSchema } from './common'
import { milestoneSchema } from './milestones'
import { dateChangeStatuses } from './date-change-status'

/**
 * A change of a milestone's due date once its plan is agreed. An officer proposes it with a reason;
 * it takes effect only when the board chair agrees (a chair's own change is agreed at once).
 */
export { dateChangeStatuses, dateChangeStatusLabels, type DateChangeStatus } from './date-change-status'
export const dateChangeStatusSchema = z.enum(dateChangeStatuses)

export const dateChangeSchema = z.object({
  id: idSchema,
  milestoneId: idSchema,
  planId: idSchema,
  fromDate: isoDateSchema,
  toDate: isoDateSchema,
  reason: z.string(),
  status: dateChangeStatusSchema,
  proposedById: idSchema,
  proposedAt: instantSchema,
  decidedById: idSchema.nullable(),
  decidedAt: instantSchema.nullable(),
  /** The chair's words on agreeing or refusing; required to refuse. */
  decisionNote: z.string().nullable(),
  version: versionSchema,
})
export type DateChange = z.infer<typeof dateChangeSchema>

/** POST /api/milestones/:id/date-changes */
export const proposeDateChangeInputSchema = z.strictObject({
  toDate: isoDateSchema,
  reason: requiredText('the reason for the new date', 2000),
})
export type ProposeDateChangeInput = z.input<typeof proposeDateChangeInputSchema>

/** POST /api/milestones/:id/date-changes/:changeId/decision: the board chair agrees or refuses. */
export const decideDateChangeInputSchema = z
  .strictObject({
    decision: z.enum(['agreed', 'refused'], { error: 'Choose to agree or refuse the new date' }),
    note: optionalText('the note', 2000),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'refused' && !value.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Enter why the new date is refused' })
  })
export type DecideDateChangeInput = z.input<typeof decideDateChangeInputSchema>

/** GET /api/date-changes: across milestones, for the chair's decisions and the meeting pack. */
export const dateChangesQuerySchema = z.object({
  planId: idSchema.optional(),
  status: dateChangeStatusSchema.optional(),
})
export type DateChangesQuery = z.infer<typeof dateChangesQuerySchema>

/**
 * What a date change or its decision answers: the change (null when a draft plan's due date simply
 * changed, with no change to record) and the milestone after it.
 */
export const dateChangeResultSchema = z.object({
  dateChange: dateChangeSchema.nullable(),
  milestone: milestoneSchema,
})
export type DateChangeResult = z.infer<typeof dateChangeResultSchema>
