// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createMeasureInputSchema, updateMeasureInputSchema } from './measures'

const paths = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } }) => result.error?.issues.map((issue) => issue.path.join('.')) ?? []

describe('measure inputs', () => {
  const valid = { planId: 'plan-1', name: 'Caseloads', unit: 'children per social worker', target: 18, direction: 'lower-is-better', greenFrom: 18, amberFrom: 21, ownerId: 'p-1' }

  it('accepts thresholds in order, and green and amber at one value', () => {
    expect(createMeasureInputSchema.safeParse(valid).success).toBe(true)
    expect(createMeasureInputSchema.safeParse({ ...valid, amberFrom: 18 }).success).toBe(true)
  })

  it('says thresholds are out of order together with any other problem, so a form shows them at once', () => {
    expect(paths(createMeasureInputSchema.safeParse({ ...valid, amberFrom: 15, ownerId: undefined, name: '' }))).toEqual(['name', 'ownerId', 'amberFrom'])
    expect(paths(updateMeasureInputSchema.safeParse({ direction: 'higher-is-better', greenFrom: 80, amberFrom: 90, unit: '' }))).toEqual(['unit', 'amberFrom'])
  })

  it('refuses a body that is not an object without failing', () => {
    expect(paths(createMeasureInputSchema.safeParse('caseloads'))).toEqual([''])
    expect(paths(updateMeasureInputSchema.safeParse(null))).toEqual([''])
  })
})
