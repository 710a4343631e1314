import { z } from 'zod'
import { idSchema, isoDateSchema, requiredText, versionSchema } from './common'
import { findFramework, frameworks, grades, type Grade } from './frameworks'

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
  number: z
    .number({ error: (issue) => (issue.input === undefined ? 'Enter the recommendation’s number' : 'The recommendation’s number must be a whole number from 1 to 99') })
    .int({ error: 'The recommendation’s number must be a whole number from 1 to 99' })
    .min(1, { error: 'The recommendation’s number must be a whole number from 1 to 99' })
    .max(99, { error: 'The recommendation’s number must be a whole number from 1 to 99' }),
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
  /** The day Ofsted published the report (a full inspection) or the letter (a visit); null until then. */
  publishedDate: isoDateSchema.nullable(),
  overall: gradeSchema.nullable(),
  judgements: z.array(judgementSchema),
  recommendations: z.array(recommendationSchema),
  /**
   * A visit only: the full inspection it follows up. A plan answering that inspection answers the
   * visit's recommendations too. Null for a full inspection (and for records stored before it existed).
   */
  followsInspectionId: idSchema.nullable().default(null),
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
  followsInspectionId: idSchema.nullable().default(null),
}

type InspectionShape = {
  framework: string
  kind: InspectionKind
  startDate: string
  endDate: string
  publishedDate?: string | null
  judgements?: Judgement[]
  overall?: string | null
  recommendations?: Recommendation[]
  followsInspectionId?: string | null
}

/** The name of a report's date: a full inspection has a report, a visit a letter. */
export const publishedDateLabel = (kind: InspectionKind): string => (kind === 'full-inspection' ? 'Date the report was published' : 'Date the letter was published')

/**
 * Dates in order; areas and grades from the inspection's own framework; grades only for a full
 * inspection (visits report findings, not grades); an overall judgement only where the framework
 * gives one; recommendations with their own ids and numbers, and areas of the framework.
 */
function checkAgainstFramework(value: Partial<InspectionShape>, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The last day must be the same as or after the first day' })
  }
  if (value.publishedDate && value.endDate && value.publishedDate < value.endDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['publishedDate'],
      message: `${value.kind ? publishedDateLabel(value.kind) : 'The date published'} must be the same as or after the last day of the ${value.kind === 'full-inspection' ? 'inspection' : 'visit'}`,
    })
  }
  const visit = value.kind !== undefined && value.kind !== 'full-inspection'
  if (visit && (value.judgements?.length ?? 0) > 0) {
    ctx.addIssue({ code: 'custom', path: ['judgements'], message: 'A visit gives no graded judgements: record grades for a full inspection only' })
  }
  if (visit && value.overall) {
    ctx.addIssue({ code: 'custom', path: ['overall'], message: 'A visit gives no overall judgement' })
  }
  if (value.kind === 'full-inspection' && value.followsInspectionId) {
    ctx.addIssue({ code: 'custom', path: ['followsInspectionId'], message: 'Only a visit follows up an inspection' })
  }
  const ids = new Set<string>()
  const numbers = new Set<number>()
  value.recommendations?.forEach((recommendation, index) => {
    if (recommendation.id && ids.has(recommendation.id)) ctx.addIssue({ code: 'custom', path: ['recommendations', index, 'id'], message: 'Two recommendations share an id' })
    if (Number.isInteger(recommendation.number) && numbers.has(recommendation.number)) {
      ctx.addIssue({ code: 'custom', path: ['recommendations', index, 'number'], message: `Two recommendations are numbered ${recommendation.number}: give each its own number` })
    }
    ids.add(recommendation.id)
    numbers.add(recommendation.number)
  })
  const framework = value.framework ? findFramework(value.framework) : undefined
  if (!framework) return
  if (value.overall && !framework.hasOverall) {
    ctx.addIssue({ code: 'custom', path: ['overall'], message: `The ${framework.shortName} framework gives no overall judgement` })
  } else if (value.overall && !framework.scale.includes(value.overall as Grade)) {
    ctx.addIssue({ code: 'custom', path: ['overall'], message: `Select a grade the ${framework.shortName} framework uses` })
  }
  const judged = new Set<string>()
  value.judgements?.forEach((judgement, index) => {
    if (!judgement.area) return
    if (!framework.areas.some((area) => area.id === judgement.area)) {
      ctx.addIssue({ code: 'custom', path: ['judgements', index, 'area'], message: `Select an area of the ${framework.shortName} framework` })
    } else if (judged.has(judgement.area)) {
      ctx.addIssue({ code: 'custom', path: ['judgements', index, 'area'], message: 'Give each area one grade' })
    }
    judged.add(judgement.area)
    if (judgement.grade && !framework.scale.includes(judgement.grade)) {
      ctx.addIssue({ code: 'custom', path: ['judgements', index, 'grade'], message: `Select a grade the ${framework.shortName} framework uses` })
    }
  })
  value.recommendations?.forEach((recommendation, index) => {
    if (recommendation.area !== null && !framework.areas.some((area) => area.id === recommendation.area)) {
      ctx.addIssue({ code: 'custom', path: ['recommendations', index, 'area'], message: `Select an area of the ${framework.shortName} framework, or no area` })
    }
  })
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const textOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * The same checks on a body that failed other checks too, so a person sees every problem at once:
 * only the parts that are of the right type are looked at.
 */
function checkLoosely(raw: unknown, ctx: z.RefinementCtx) {
  if (!isObject(raw)) return
  const list = (value: unknown) => (Array.isArray(value) ? value.filter(isObject) : undefined)
  const kind = inspectionKinds.find((each) => each === raw.kind)
  const date = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)
  checkAgainstFramework(
    {
      framework: textOrUndefined(raw.framework),
      kind,
      startDate: date(raw.startDate),
      endDate: date(raw.endDate),
      publishedDate: date(raw.publishedDate) ?? null,
      overall: textOrUndefined(raw.overall) ?? null,
      followsInspectionId: textOrUndefined(raw.followsInspectionId) ?? null,
      judgements: list(raw.judgements)?.map((each) => ({ area: textOrUndefined(each.area) ?? '', grade: (textOrUndefined(each.grade) ?? '') as Grade })),
      recommendations: list(raw.recommendations)?.map((each) => ({
        id: textOrUndefined(each.id) ?? '',
        number: typeof each.number === 'number' && Number.isInteger(each.number) ? each.number : Number.NaN,
        text: '',
        area: textOrUndefined(each.area) ?? null,
      })),
    },
    ctx,
  )
}
const always = { when: () => true }

export const createInspectionInputSchema = z.strictObject(inspectionFields).superRefine((value, ctx) => checkLoosely(value, ctx), always)
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
    followsInspectionId: idSchema.nullable().optional(),
  })
  .superRefine((value, ctx) => checkLoosely(value, ctx), always)
export type UpdateInspectionInput = z.input<typeof updateInspectionInputSchema>
export { checkAgainstFramework as checkInspectionAgainstFramework }
