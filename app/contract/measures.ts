import { z } from 'zod'
import { idSchema, instantSchema, isoMonthSchema, optionalText, requiredText, versionSchema } from './common'
import { measureChanges, measureDirections, measureStatuses, type MeasureDirection } from './measure-words'

/**
 * A performance measure a plan holds (caseloads per social worker, assessments in 45 working
 * days, agency staff rate): a target, which way is good, and the thresholds that make its latest
 * actual green, amber or red.
 */
export {
  measureChangeLabels,
  measureChanges,
  measureDirectionLabels,
  measureDirections,
  measureStatusLabels,
  measureStatuses,
  type MeasureChange,
  type MeasureDirection,
  type MeasureStatus,
} from './measure-words'
export const measureDirectionSchema = z.enum(measureDirections, { error: 'Select which way is good' })
export const measureStatusSchema = z.enum(measureStatuses)
export const measureChangeSchema = z.enum(measureChanges)

const figure = (label: string) =>
  z
    .number({ error: `Enter ${label} as a number` })
    .refine(Number.isFinite, { error: `Enter ${label} as a number` })
    .refine((value) => Math.abs(value) <= 1e9, { error: `${label.charAt(0).toUpperCase()}${label.slice(1)} must be between -1,000,000,000 and 1,000,000,000` })

export const measureSchema = z.object({
  id: idSchema,
  planId: idSchema,
  /** The theme it evidences; null for the plan as a whole. */
  themeId: idSchema.nullable(),
  name: z.string(),
  /** What a value counts, in words: "%", "children per worker", "days". */
  unit: z.string(),
  target: z.number(),
  direction: measureDirectionSchema,
  /** At or better than this, the measure is green. */
  greenFrom: z.number(),
  /** At or better than this (and worse than green), amber; worse, red. */
  amberFrom: z.number(),
  /** The officer who answers for it; they and the board's chair record actuals. */
  ownerId: idSchema,
  milestoneIds: z.array(idSchema),
  version: versionSchema,
  /** Derived: the latest month's actual, if any. */
  latest: z.object({ month: isoMonthSchema, value: z.number() }).nullable(),
  /** Derived: the latest actual against the thresholds. */
  status: measureStatusSchema.nullable(),
})
export type Measure = z.infer<typeof measureSchema>

type Thresholds = { direction?: MeasureDirection; greenFrom?: number; amberFrom?: number }

/** Green must be the better threshold: higher when higher is better, lower when lower is. */
function thresholdsInOrder(value: Thresholds, ctx: z.RefinementCtx) {
  const { direction, greenFrom, amberFrom } = value
  if (direction === undefined || typeof greenFrom !== 'number' || typeof amberFrom !== 'number') return
  if (direction === 'higher-is-better' && amberFrom > greenFrom) {
    ctx.addIssue({ code: 'custom', path: ['amberFrom'], message: 'When higher is better, amber must start at or below green' })
  }
  if (direction === 'lower-is-better' && amberFrom < greenFrom) {
    ctx.addIssue({ code: 'custom', path: ['amberFrom'], message: 'When lower is better, amber must start at or above green' })
  }
}

/** Thresholds out of order are said with any other problem at once (zod would wait for the rest to be right), so a form shows them together. */
const alongsideOtherProblems = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null }

const measureFields = {
  themeId: idSchema.nullable(),
  name: requiredText('the measure’s name', 160),
  unit: requiredText('the unit', 40),
  target: figure('the target'),
  direction: measureDirectionSchema,
  greenFrom: figure('where green starts'),
  amberFrom: figure('where amber starts'),
  ownerId: idSchema,
  milestoneIds: z.array(idSchema).max(60),
}

export const createMeasureInputSchema = z
  .strictObject({ planId: idSchema, ...measureFields, themeId: measureFields.themeId.default(null), milestoneIds: measureFields.milestoneIds.default([]) })
  .superRefine(thresholdsInOrder, alongsideOtherProblems)
export type CreateMeasureInput = z.input<typeof createMeasureInputSchema>

export const updateMeasureInputSchema = z
  .strictObject({
    themeId: measureFields.themeId.optional(),
    name: measureFields.name.optional(),
    unit: measureFields.unit.optional(),
    target: measureFields.target.optional(),
    direction: measureFields.direction.optional(),
    greenFrom: measureFields.greenFrom.optional(),
    amberFrom: measureFields.amberFrom.optional(),
    ownerId: measureFields.ownerId.optional(),
    milestoneIds: measureFields.milestoneIds.optional(),
  })
  .superRefine(thresholdsInOrder, alongsideOtherProblems)
export type UpdateMeasureInput = z.input<typeof updateMeasureInputSchema>
export { thresholdsInOrder as checkMeasureThresholds }

export const measuresQuerySchema = z.object({ planId: idSchema.optional() })
export type MeasuresQuery = z.infer<typeof measuresQuerySchema>

/** What a correction replaced, who made it and when: a corrected actual keeps its whole story. */
export const measureCorrectionSchema = z.object({
  at: instantSchema,
  byId: idSchema,
  /** The value and note as they were before this correction. */
  value: z.number(),
  note: z.string(),
})
export type MeasureCorrection = z.infer<typeof measureCorrectionSchema>

/**
 * One month's actual value of a measure; one per month. A correction replaces the value and note
 * at a new version and keeps who first recorded it and when; `corrections` keeps what each one replaced.
 */
export const measureActualSchema = z.object({
  id: idSchema,
  measureId: idSchema,
  month: isoMonthSchema,
  value: z.number(),
  note: z.string(),
  recordedById: idSchema,
  recordedAt: instantSchema,
  /** Oldest first; empty for an actual never corrected (a backup may leave it out). */
  corrections: z.array(measureCorrectionSchema).default([]),
  version: versionSchema,
})
export type MeasureActual = z.infer<typeof measureActualSchema>

/** POST /api/measures/:id/actuals */
export const recordActualInputSchema = z.strictObject({
  month: isoMonthSchema,
  value: figure('the value'),
  note: optionalText('the note', 2000),
})
export type RecordActualInput = z.input<typeof recordActualInputSchema>

/** PATCH /api/measures/:id/actuals/:month: the month's value and note as they should have been. */
export const correctActualInputSchema = recordActualInputSchema.omit({ month: true })
export type CorrectActualInput = z.input<typeof correctActualInputSchema>

/** A measure's thresholds, checked whole: a change of one is checked against the others as stored. */
export const measureThresholdsSchema = z
  .object({ direction: measureDirectionSchema, greenFrom: z.number(), amberFrom: z.number() })
  .superRefine(thresholdsInOrder)
