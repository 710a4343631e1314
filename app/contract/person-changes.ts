import { z } from 'zod'
import { idSchema, instantSchema } from './common'
import { roleSchema } from './people'

/** How a person sits on a board: its chair (the board's `chairId`), one of its members, or one of its officers. */
export const boardSeats = ['chair', 'member', 'officer'] as const
export const boardSeatSchema = z.enum(boardSeats)
export type BoardSeatKind = z.infer<typeof boardSeatSchema>

/**
 * One thing that changed about a person. `from` is null when the person was added by this change
 * (or, for a board, did not sit on it); a board's `to` is null when they left it.
 */
export const personFieldChangeSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('role'), from: roleSchema.nullable(), to: roleSchema }),
  z.object({ field: z.literal('isAdmin'), from: z.boolean().nullable(), to: z.boolean() }),
  z.object({ field: z.literal('active'), from: z.boolean().nullable(), to: z.boolean() }),
  z.object({ field: z.literal('board'), boardId: idSchema, from: boardSeatSchema.nullable(), to: boardSeatSchema.nullable() }),
])
export type PersonFieldChange = z.infer<typeof personFieldChangeSchema>

/**
 * A recorded change to a person's role, administrator flag, active flag or board seats: written in
 * the same transaction as the change itself, and never edited or deleted.
 */
export const personChangeSchema = z.object({
  id: idSchema,
  personId: idSchema,
  at: instantSchema,
  /** Who made the change; null when the council's set-up wrote it. */
  byId: idSchema.nullable(),
  changes: z.array(personFieldChangeSchema).min(1),
})
export type PersonChange = z.infer<typeof personChangeSchema>
