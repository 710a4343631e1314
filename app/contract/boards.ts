import { z } from 'zod'
import { idSchema, requiredText, versionSchema } from './common'

export const boardKinds = ['improvement-board', 'scrutiny-committee', 'cabinet-committee', 'panel'] as const
export const boardKindSchema = z.enum(boardKinds, { error: 'Select what kind of board this is' })
export type BoardKind = z.infer<typeof boardKindSchema>

export const boardKindLabels: Record<BoardKind, string> = {
  'improvement-board': 'Improvement board',
  'scrutiny-committee': 'Scrutiny committee',
  'cabinet-committee': 'Cabinet committee',
  panel: 'Panel',
}

export const DEFAULT_PAPERS_LEAD_DAYS = 5
export const DEFAULT_STALE_AFTER_DAYS = 30

const papersLeadDaysSchema = z
  .number({ error: 'Enter the papers lead time as a whole number of days' })
  .int({ error: 'Enter the papers lead time as a whole number of days' })
  .min(0, { error: 'Papers lead time must be 0 days or more' })
  .max(30, { error: 'Papers lead time must be 30 days or fewer' })

const staleAfterDaysSchema = z
  .number({ error: 'Enter the days after which a milestone is stale as a whole number' })
  .int({ error: 'Enter the days after which a milestone is stale as a whole number' })
  .min(1, { error: 'A milestone can be stale after 1 day at the soonest' })
  .max(365, { error: 'A milestone must be stale after 365 days at the latest' })

export const boardSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: boardKindSchema,
  chairId: idSchema,
  memberIds: z.array(idSchema),
  /** Officers (directors and heads of service) who own its milestones and write its reports. */
  officerIds: z.array(idSchema),
  papersLeadDays: z.number().int(),
  staleAfterDays: z.number().int(),
  /** The board whose improvement plan this one scrutinises (a scrutiny or cabinet committee has no plan of its own); absent or null when not said. */
  scrutinisesBoardId: idSchema.nullable().optional(),
  version: versionSchema,
})
export type Board = z.infer<typeof boardSchema>

export const createBoardInputSchema = z.strictObject({
  name: requiredText('the board’s name', 160),
  kind: boardKindSchema,
  chairId: idSchema.optional(),
  memberIds: z.array(idSchema).max(200).default([]),
  officerIds: z.array(idSchema).max(200).default([]),
  papersLeadDays: papersLeadDaysSchema.default(DEFAULT_PAPERS_LEAD_DAYS),
  staleAfterDays: staleAfterDaysSchema.default(DEFAULT_STALE_AFTER_DAYS),
  scrutinisesBoardId: idSchema.nullable().optional(),
})
export type CreateBoardInput = z.input<typeof createBoardInputSchema>

export const updateBoardInputSchema = z.strictObject({
  name: requiredText('the board’s name', 160).optional(),
  kind: boardKindSchema.optional(),
  chairId: idSchema.optional(),
  memberIds: z.array(idSchema).max(200).optional(),
  officerIds: z.array(idSchema).max(200).optional(),
  papersLeadDays: papersLeadDaysSchema.optional(),
  staleAfterDays: staleAfterDaysSchema.optional(),
  /** Null says it scrutinises no board's plan in particular. */
  scrutinisesBoardId: idSchema.nullable().optional(),
})
export type UpdateBoardInput = z.input<typeof updateBoardInputSchema>
