import { z } from 'zod'
import { idSchema, isoDateSchema, requiredText, versionSchema } from './common'
import { findFramework, frameworks, grades } from './frameworks'

export const inspectionKinds = ['full-inspection', 'focused-visit', 'monitoring-visit'] as const
export const inspectionKindSchema = z.enum(inspectionKinds, { error: 'Select the kind of inspection' })
export type InspectionKind = z.infer<typeof inspectionKindSchema>

export const inspectionKindLabels: Record<InspectionKind, string> = {
  'full-inspection': 'Full inspection',
  'focused-visit': 'Focused visit',
  'monitoring-visit': 'Monitoring visit',
}

export const gradeSchema = z.enum(grades, { error: 'Select a grade' })
export const frameworkIdSchema = z.enum(
  frameworks.map((framework) => framework.id) as [string, ...string[]],
  { error: 'Select an inspection framework' },
)

export const judgementSchema = z.strictObject({ area: idSchema, grade: gradeSchema })
export type Judgement = z.infer<typeof judgementSchema>

export const recommendationSchema = z.strictObject({
  id: idSchema,
  number: z.number().int().min(1).max(99),
  text: requiredText('the recommendation', 2000),
  area: idSchema.nullable(),
})
export type Recommendation = z.infer<typeof recommendationSchema>

export const inspectionSchema = z.object({
  id: idSchema,
  framework: frameworkIdSchema,
  kind: inspectionKindSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  publishedDate: isoDateSchema.nullable(),
  overall: gradeSchema.nullable(),
  judgements: z.array(judgementSchema),
  recommendations: z.array(recommendationSchema),
  version: versionSchema,
})
export type Inspection = z.infer<typeof inspectionSchema>

const inspectionFields = {
  framework: frameworkIdSchema,
  kind: inspectionKindSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  publishedDate: isoDateSchema.nullable().default(null),
  overall: gradeSchema.nullable().default(null),
  judgements: z.array(judgementSchema).max(20).default([]),
  recommendations: z.array(recommendationSchema).max(60).default([]),
}

type InspectionShape = {
  framework: string
  startDate: string
  endDate: string
  judgements?: Judgement[]
  overall?: string | null
}

/** Dates in order, areas and grades from the inspection's own framework. */
function checkAgainstFramework(value: Partial<InspectionShape>, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date must be the same as or after the start date' })
  }
  const framework = value.framework ? findFramework(value.framework) : undefined
  if (!framework) return
  value.judgements?.forEach((judgement, index) => {
    if (!framework.areas.some((area) => area.id === judgement.area)) {
      ctx.addIssue({ code: 'custom', path: ['judgements', index, 'area'], message: `Select an area of the ${framework.shortName} framework` })
    }
    if (!framework.scale.includes(judgement.grade)) {
      ctx.addIssue({ code: 'custom', path: ['judgements', index, 'grade'], message: `Select a grade the ${framework.shortName} framework uses` })
    }
  })
}

export const createInspectionInputSchema = z.strictObject(inspectionFields).superRefine(checkAgainstFramework)
export type CreateInspectionInput = z.input<typeof createInspectionInputSchema>

export const updateInspectionInputSchema = z
  .strictObject({
    framework: inspectionFields.framework.optional(),
    kind: inspectionFields.kind.optional(),
    startDate: isoDateSchema.optional(),
    endDate: isoDateSchema.optional(),
    publishedDate: isoDateSchema.nullable().optional(),
    overall: gradeSchema.nullable().optional(),
    judgements: z.array(judgementSchema).max(20).optional(),
    recommendations: z.array(recommendationSchema).max(60).optional(),
  })
export type UpdateInspectionInput = z.input<typeof updateInspectionInputSchema>
export { checkAgainstFramework as checkInspectionAgainstFramework }
