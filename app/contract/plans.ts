import { z } from 'zod'
import { idSchema, requiredText, versionSchema } from './common'

export const themeSchema = z.strictObject({
  id: idSchema,
  title: requiredText('the theme’s title', 160),
})
export type Theme = z.infer<typeof themeSchema>

export const planSchema = z.object({
  id: idSchema,
  boardId: idSchema,
  inspectionId: idSchema.nullable(),
  title: z.string(),
  themes: z.array(themeSchema),
  version: versionSchema,
})
export type Plan = z.infer<typeof planSchema>

/** A new theme may come without an id: the API gives it one. */
const themeInputSchema = z.strictObject({
  id: idSchema.optional(),
  title: requiredText('the theme’s title', 160),
})

export const createPlanInputSchema = z.strictObject({
  boardId: idSchema,
  inspectionId: idSchema.nullable().default(null),
  title: requiredText('the plan’s title', 200),
  themes: z.array(themeInputSchema).max(30).default([]),
})
export type CreatePlanInput = z.input<typeof createPlanInputSchema>

export const updatePlanInputSchema = z.strictObject({
  inspectionId: idSchema.nullable().optional(),
  title: requiredText('the plan’s title', 200).optional(),
  themes: z.array(themeInputSchema).max(30).optional(),
})
export type UpdatePlanInput = z.input<typeof updatePlanInputSchema>

export const plansQuerySchema = z.object({ boardId: idSchema.optional() })
export type PlansQuery = z.infer<typeof plansQuerySchema>
