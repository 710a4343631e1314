import { z } from 'zod'
import { idSchema, instantSchema, isoDateSchema, optionalText, requiredText, versionSchema } from './common'

/**
 * An action from a meeting: what someone is to do, by when. Most of what real minutes record are
 * actions ("the Chairman to meet the Chairman of the PDG"); each board keeps its action log.
 */
export const actionStatuses = ['open', 'done'] as const
export const actionStatusSchema = z.enum(actionStatuses, { error: 'Select whether the action is open or done' })
export type ActionStatus = z.infer<typeof actionStatusSchema>

/** When an action is due: a date, a meeting of the board (done by then), or not said. */
export const actionDueSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('date'), date: isoDateSchema }),
    z.strictObject({ kind: z.literal('meeting'), meetingId: idSchema }),
    z.strictObject({ kind: z.literal('none') }),
  ],
  { error: 'Choose when the action is due' },
)
export type ActionDue = z.infer<typeof actionDueSchema>

export const actionSchema = z.object({
  id: idSchema,
  boardId: idSchema,
  /** The meeting that agreed it. */
  meetingId: idSchema,
  /** The agenda item it came from, when it did. */
  agendaItemId: idSchema.nullable(),
  what: z.string(),
  /** The person who owns it, when they are one of the council's people… */
  ownerId: idSchema.nullable(),
  /** …or the owner as the minutes name them ("the Complaints team", "Mr Segurola"). */
  ownerName: z.string().nullable(),
  due: actionDueSchema,
  status: actionStatusSchema,
  /** What was done, or why it is closed, in words. */
  note: z.string().nullable(),
  createdAt: instantSchema,
  createdById: idSchema,
  doneAt: instantSchema.nullable(),
  doneById: idSchema.nullable(),
  /** Derived: open, and its due date (or due meeting's date) has passed. */
  overdue: z.boolean(),
  /** Derived: the date it is due by (the date, or the due meeting's), for sorting and the pack. */
  dueBy: isoDateSchema.nullable(),
  version: versionSchema,
})
export type Action = z.infer<typeof actionSchema>

const ownerFields = {
  ownerId: idSchema.nullable().default(null),
  ownerName: optionalText('the owner’s name', 200)
    .nullable()
    .transform((value) => value ?? null),
}

export const createActionInputSchema = z
  .strictObject({
    meetingId: idSchema,
    agendaItemId: idSchema.nullable().default(null),
    what: requiredText('what is to be done', 2000),
    ...ownerFields,
    due: actionDueSchema.default({ kind: 'none' }),
  })
  .refine((input) => input.ownerId !== null || input.ownerName !== null, { error: 'Choose who owns the action, or write their name', path: ['ownerId'] })
export type CreateActionInput = z.input<typeof createActionInputSchema>

export const updateActionInputSchema = z.strictObject({
  what: requiredText('what is to be done', 2000).optional(),
  ownerId: idSchema.nullable().optional(),
  ownerName: optionalText('the owner’s name', 200).nullable(),
  due: actionDueSchema.optional(),
  status: actionStatusSchema.optional(),
  note: optionalText('the note', 2000),
})
export type UpdateActionInput = z.input<typeof updateActionInputSchema>

export const actionsQuerySchema = z.object({
  boardId: idSchema.optional(),
  meetingId: idSchema.optional(),
  ownerId: idSchema.optional(),
  status: z.enum(['open', 'done', 'overdue']).optional(),
})
export type ActionsQuery = z.infer<typeof actionsQuerySchema>
