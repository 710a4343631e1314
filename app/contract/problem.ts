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

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/**
 * The header every response of the API carries (the local API's and the shared server's alike), to
 * tell it from a static host's or a proxy's page. The name dates from when the local API was the only one.
 */
export const LOCAL_API_HEADER = 'X-Local-API'
export const ACTING_AS_HEADER = 'X-Acting-As'

export const problemTypes = {
  validation: '/problems/validation',
  forbidden: '/problems/forbidden',
  notFound: '/problems/not-found',
  methodNotAllowed: '/problems/method-not-allowed',
  conflict: '/problems/conflict',
  preconditionFailed: '/problems/precondition-failed',
  preconditionRequired: '/problems/precondition-required',
  unidentified: '/problems/unidentified',
  storage: '/problems/storage',
  tooLong: '/problems/too-long',
  internal: '/problems/internal',
  /** The shared server cannot answer for now (its database does not answer, or it is shutting down). */
  unavailable: '/problems/unavailable',
} as const
