import { z } from 'zod'
import { hasVisibleText, idSchema, instantSchema, isoDateSchema, optionalText, requiredText, versionSchema } from './common'
import { needsEvidence, needsRecoveryAction, ragSchema } from './rag'

const partnersSchema = z.array(requiredText('the partner agency', 80)).max(20)

export const milestoneSchema = z.object({
  id: idSchema,
  planId: idSchema,
  themeId: idSchema,
  title: z.string(),
  description: z.string().optional(),
  ownerId: idSchema,
  /** The current due date: moves only by the board chair's decision once the plan is agreed. */
  dueDate: isoDateSchema,
  /** The due date as agreed with the plan, frozen when the plan was agreed; null while the plan is a draft. */
  baselineDueDate: isoDateSchema.nullable(),
  rag: ragSchema,
  /**
   * Completion is signed off by the board chair: an owner's Complete is "awaiting" until then.
   * Null unless the status is Complete.
   */
  signOff: z.enum(['awaiting', 'signed-off']).nullable(),
  signedOffById: idSchema.nullable(),
  signedOffOn: isoDateSchema.nullable(),
  /** A milestone with history is never deleted: it is closed, with the reason, and takes no more updates. */
  closedOn: isoDateSchema.nullable(),
  closedReason: z.string().nullable(),
  recommendationIds: z.array(idSchema),
  partners: z.array(z.string()),
  createdAt: instantSchema,
  /** When the last status update (or the creation) was recorded. */
  lastUpdatedAt: instantSchema,
  /** The day it was made Complete, if it is. */
  completedOn: isoDateSchema.nullable(),
  version: versionSchema,
  /** Derived: past its due date and not Complete, whatever its status says. */
  overdue: z.boolean(),
  /** Derived: no status update for the board's stale-after days. */
  stale: z.boolean(),
  /** Derived: made Complete after its due date; stays so. */
  completedLate: z.boolean(),
  /** Derived: its due date has moved past its baseline, or it is open and the baseline has passed, whatever its status says. */
  slipped: z.boolean(),
  /** Derived: days between the baseline and the later of the due date and (if open) today, or completion; 0 when not slipped. */
  slippedDays: z.number().int().min(0),
  /** Derived: a new due date an officer has proposed and the chair has not yet decided. */
  proposedDueDate: isoDateSchema.nullable(),
  /**
   * Derived: the latest status update's words (its commentary, and its recovery action where it
   * gave one), to read beside the status wherever someone decides; null before any status update.
   * Absent from milestones in packs published before it was kept.
   */
  latestUpdate: z
    .object({ at: instantSchema, commentary: z.string(), recoveryAction: z.string().nullable() })
    .nullable()
    .optional(),
})
export type Milestone = z.infer<typeof milestoneSchema>

export const createMilestoneInputSchema = z.strictObject({
  planId: idSchema,
  themeId: idSchema,
  title: requiredText('the milestone’s title', 200),
  description: optionalText('the description', 5000),
  ownerId: idSchema,
  dueDate: isoDateSchema,
  recommendationIds: z.array(idSchema).max(60).default([]),
  partners: partnersSchema.default([]),
})
export type CreateMilestoneInput = z.input<typeof createMilestoneInputSchema>

export const updateMilestoneInputSchema = z.strictObject({
  themeId: idSchema.optional(),
  title: requiredText('the milestone’s title', 200).optional(),
  /** An empty string clears the description. */
  description: z
    .string()
    .trim()
    .max(5000, { error: 'Description must be 5000 characters or fewer' })
    .refine((value) => value === '' || hasVisibleText(value), { error: 'The description shows nothing: enter words or leave it empty' })
    .optional(),
  ownerId: idSchema.optional(),
  dueDate: isoDateSchema.optional(),
  recommendationIds: z.array(idSchema).max(60).optional(),
  partners: partnersSchema.optional(),
  /** Why the owner or due date changed: kept in the history. */
  reason: optionalText('the reason', 2000),
})
export type UpdateMilestoneInput = z.input<typeof updateMilestoneInputSchema>

/** POST /api/milestones/:id/sign-off: the board chair signs a Complete off, or sends it back with the reason. */
export const signOffInputSchema = z.discriminatedUnion(
  'decision',
  [
    z.strictObject({ decision: z.literal('signed-off') }),
    z.strictObject({ decision: z.literal('sent-back'), reason: requiredText('why it is sent back', 2000) }),
  ],
  { error: 'Choose to sign it off or send it back' },
)
export type SignOffInput = z.input<typeof signOffInputSchema>

/** POST /api/milestones/:id/close: a milestone with history is closed, never deleted. */
export const closeMilestoneInputSchema = z.strictObject({ reason: requiredText('why the milestone is closed', 2000) })
export type CloseMilestoneInput = z.input<typeof closeMilestoneInputSchema>

export const milestonesQuerySchema = z.object({
  planId: idSchema.optional(),
  ownerId: idSchema.optional(),
  rag: ragSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().max(200).optional(),
  /** Slipped past its baseline (see `slipped`). */
  slipped: z.enum(['true', 'false']).optional(),
  /** `awaiting`: Complete and waiting for the board chair's sign-off. */
  signOff: z.enum(['awaiting', 'signed-off']).optional(),
})
export type MilestonesQuery = z.infer<typeof milestonesQuerySchema>

export const milestoneChangeSchema = z.object({
  field: z.enum(['title', 'ownerId', 'dueDate', 'themeId', 'description', 'recommendationIds', 'partners']),
  from: z.string().nullable(),
  to: z.string().nullable(),
})
export type MilestoneChange = z.infer<typeof milestoneChangeSchema>

/**
 * Every entry of a milestone's history. "date-proposed", "date-agreed" and "date-refused" follow a
 * date change; "signed-off" and "sent-back" the chair's decision on a Complete; "closed" ends it.
 */
export const milestoneUpdateKinds = ['created', 'status', 'edit', 'date-proposed', 'date-agreed', 'date-refused', 'signed-off', 'sent-back', 'closed'] as const
export type MilestoneUpdateKind = (typeof milestoneUpdateKinds)[number]

export const milestoneUpdateSchema = z.object({
  id: idSchema,
  milestoneId: idSchema,
  kind: z.enum(milestoneUpdateKinds),
  at: instantSchema,
  authorId: idSchema,
  fromRag: ragSchema.nullable(),
  rag: ragSchema,
  commentary: z.string(),
  recoveryAction: z.string().optional(),
  evidence: z.string().optional(),
  revisedDueDate: isoDateSchema.optional(),
  /** The date change this entry records, for date-proposed, date-agreed and date-refused. */
  dateChangeId: idSchema.optional(),
  changes: z.array(milestoneChangeSchema),
})
export type MilestoneUpdate = z.infer<typeof milestoneUpdateSchema>

export const createMilestoneUpdateInputSchema = z
  .strictObject({
    rag: ragSchema,
    commentary: requiredText('commentary', 5000),
    recoveryAction: optionalText('the recovery action', 5000),
    evidence: optionalText('the evidence of completion', 5000),
    revisedDueDate: isoDateSchema.optional(),
  })
  .superRefine(
    (value, ctx) => {
      // Runs even when other fields failed, so a person sees every problem at once.
      const filled = (text: unknown) => typeof text === 'string' && text.trim() !== ''
      if (needsRecoveryAction(value.rag) && !filled(value.recoveryAction)) {
        ctx.addIssue({ code: 'custom', path: ['recoveryAction'], message: 'Enter the recovery action for a milestone at risk or off track' })
      }
      if (needsEvidence(value.rag) && !filled(value.evidence)) {
        ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'Enter the evidence that the milestone is complete' })
      }
    },
    { when: (payload) => ragSchema.safeParse((payload.value as { rag?: unknown } | undefined)?.rag).success },
  )
export type CreateMilestoneUpdateInput = z.input<typeof createMilestoneUpdateInputSchema>

/** What POST /api/milestones/:id/updates answers: the new update and the milestone after it. */
export const milestoneUpdateResultSchema = z.object({
  update: milestoneUpdateSchema,
  milestone: milestoneSchema,
})
export type MilestoneUpdateResult = z.infer<typeof milestoneUpdateResultSchema>
