import type { z } from 'zod'
import type { FieldError } from '@/contract/problem'
import { ApiError } from './api-error'

export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}

/** Field errors from a 400 problem document, or none for other failures. */
export function apiFieldErrors(error: unknown): FieldError[] {
  if (error instanceof ApiError && error.status === 400) {
    const errors = error.problem.errors ?? []
    return errors.length > 0 ? errors : [{ path: '', message: error.problem.detail ?? error.problem.title }]
  }
  return []
}

/** The first message for each top-level field, for showing beside it. */
export function errorsByField(errors: FieldError[]): Record<string, string> {
  const byField: Record<string, string> = {}
  for (const error of errors) {
    const field = error.path.split('.')[0] ?? ''
    byField[field] ??= error.message
  }
  return byField
}

/** A sentence for a failed request that is not about a field. */
export function failureMessage(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title
  if (error instanceof Error) return error.message
  return 'Something went wrong. Try again.'
}

/**
 * What a failed save shows in the error summary: the API's per-field errors for a 400, a
 * conflict sentence for a 412 when one is given, otherwise "Not saved." and the reason.
 */
export function saveErrors(error: unknown, conflict?: string): FieldError[] {
  const fieldErrors = apiFieldErrors(error)
  if (fieldErrors.length > 0) return fieldErrors
  if (conflict && error instanceof ApiError && error.status === 412) return [{ path: '', message: conflict }]
  return [{ path: '', message: `Not saved. ${failureMessage(error)}` }]
}
