import { z } from 'zod'
import { idSchema, isoDateSchema, requiredText, versionSchema } from './common'
import { planStatuses } from './plan-words'

export const themeSchema = z.strictObject({
  id: idSchema,
  title: requiredText('the theme’s title', 160),
})
export type Theme = z.infer<typeof themeSchema>

export { planStatusLabels, planStatuses, type PlanStatus } from './plan-words'
export const planStatusSchema = z.enum(planStatuses)

export const planSchema = z.object({
  id: idSchema,
  boardId: idSchema,
  inspectionId: idSchema.nullable(),
  title: z.string(),
  themes: z.array(themeSchema),
  status: planStatusSchema,
  /** Who agreed it, in words: "the improvement board", "the DfE adviser". Null while a draft. */
  agreedBy: z.string().nullable(),
  /** The day it was agreed. Null while a draft. */
  agreedOn: isoDateSchema.nullable(),
  /** Who recorded the agreement in the app. Null while a draft. */
  agreedRecordedById: idSchema.nullable(),
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

/** POST /api/plans/:id/agree: the plan becomes Agreed and its milestones' baseline dates are frozen. */
export const agreePlanInputSchema = z.strictObject({
  agreedBy: requiredText('who agreed the plan', 200),
  agreedOn: isoDateSchema,
})
export type AgreePlanInput = z.input<typeof agreePlanInputSchema>

export const plansQuerySchema = z.object({ boardId: idSchema.optional() })
export type PlansQuery = z.infer<typeof plansQuerySchema>
