import { z } from 'zod'

/** RFC 9457 problem document, with per-field errors for 400s. */
export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
})
export type FieldError = z.infer<typeof fieldErrorSchema>

export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
  current: z.unknown().optional(),
})
export type Problem = z.infer<typeof problemSchema>

export * from './http'
