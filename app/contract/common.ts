import { z } from 'zod'
import './messages'

/** Identifiers are opaque strings chosen by the API. */
export const idSchema = z.string().trim().min(1).max(100)

/** A calendar date on the wire: `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ error: 'Enter a real date' })

/** A calendar month on the wire: `YYYY-MM`. */
export const isoMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Enter a real month, like 2026-06' })

/** An instant on the wire: ISO 8601 with offset. */
export const instantSchema = z.iso.datetime({ offset: true })

/** Every stored record carries a version, served as its strong ETag. */
export const versionSchema = z.number().int().positive()

/** Short text a person types: trimmed, required, bounded. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, { error: `Enter ${label}` })
    .max(max, { error: `${capitalise(label)} must be ${max} characters or fewer` })
}

/** Longer optional text: empty strings become undefined. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `${capitalise(label)} must be ${max} characters or fewer` })
    .optional()
    .transform((value) => (value === '' ? undefined : value))
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
