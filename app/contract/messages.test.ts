// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import * as boards from './boards'
import * as inspections from './inspections'
import * as meetings from './meetings'
import * as milestones from './milestones'
import * as people from './people'
import * as plans from './plans'
import * as reports from './reports'

/** Zod's own wording ("Invalid input: expected string, received undefined") must never reach a person. */
const raw = /invalid input|expected|received|too (small|big)|invalid (option|string|type)|unrecognized|must match pattern/i

const inputSchemas = Object.entries<unknown>({ ...boards, ...inspections, ...meetings, ...milestones, ...people, ...plans, ...reports }).flatMap(
  ([name, value]): Array<[string, z.ZodType]> => (name.endsWith('InputSchema') && value instanceof z.ZodType ? [[name, value]] : []),
)

/** Wrong values of every kind for every field the schema names, and nothing at all. */
const wrongValues: unknown[] = [undefined, null, '', '   ', 42, true, [], {}, 'x'.repeat(20_000), ['']]

function fieldsOf(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape ?? (schema as { def?: { in?: { shape?: Record<string, unknown> } } }).def?.in?.shape
  return Object.keys(shape ?? {})
}

describe('every message of every request schema is in plain words', () => {
  it('covers the request schemas', () => {
    expect(inputSchemas.map(([name]) => name)).toEqual(expect.arrayContaining(['createMilestoneInputSchema', 'createReportInputSchema', 'createBoardInputSchema']))
  })

  it.each(inputSchemas)('%s', (_name, schema) => {
    const messages = new Set<string>()
    for (const body of [undefined, {}, []]) {
      const result = schema.safeParse(body)
      if (!result.success) result.error.issues.forEach((issue) => messages.add(issue.message))
    }
    for (const field of fieldsOf(schema)) {
      for (const value of wrongValues) {
        const result = schema.safeParse({ [field]: value })
        if (!result.success) result.error.issues.filter((issue) => issue.code !== 'unrecognized_keys').forEach((issue) => messages.add(`${issue.path.join('.')}: ${issue.message}`))
      }
    }
    expect([...messages].filter((message) => raw.test(message))).toEqual([])
  })
})
