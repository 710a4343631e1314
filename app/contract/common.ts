import { z } from 'zod'
import './messages'

/** Identifiers are opaque strings chosen by the API. */
export const idSchema = z.string().trim().min(1).max(100)

/** The dates the service works in: every date it accepts, or works out, lies between these. */
export const EARLIEST_DATE = '2000-01-01'
export const LATEST_DATE = '2100-12-31'
const rangeMessage = `Enter a date between ${EARLIEST_DATE.slice(0, 4)} and ${LATEST_DATE.slice(0, 4)}`

/** Whether a `YYYY-MM-DD` date, or a `YYYY-MM` month, lies in the service's range. */
export const inDateRange = (date: string) => date >= EARLIEST_DATE.slice(0, date.length) && date <= LATEST_DATE.slice(0, date.length)

/** A calendar date on the wire: `YYYY-MM-DD`, between 2000 and 2100. */
export const isoDateSchema = z.iso.date({ error: 'Enter a real date' }).refine(inDateRange, { error: rangeMessage })

/** A calendar month on the wire: `YYYY-MM`, between 2000 and 2100. */
export const isoMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Enter a real month, like 2026-06' })
  .refine(inDateRange, { error: rangeMessage })

/** An instant on the wire: ISO 8601 with offset. */
export const instantSchema = z.iso.datetime({ offset: true })

/** Every stored record carries a version, served as its strong ETag. */
export const versionSchema = z.number().int().positive()

/** Characters that show nothing: controls (but tab and line breaks), zero-width and bidi controls. */
const invisible = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g

/** Whether text has at least one character a person can see. */
export function hasVisibleText(text: string): boolean {
  return text.replace(invisible, '').trim() !== ''
}

/** Short text a person types: trimmed, required, bounded, and not made only of invisible characters. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, { error: `Enter ${label}` })
    .max(max, { error: `${capitalise(label)} must be ${max} characters or fewer` })
    // An empty value has its own message above.
    .refine((value) => value === '' || hasVisibleText(value), { error: `Enter ${label}: what was entered shows nothing` })
}

/** Longer optional text: empty strings become undefined; text showing nothing is refused. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `${capitalise(label)} must be ${max} characters or fewer` })
    .refine((value) => value === '' || hasVisibleText(value), { error: `${capitalise(label)} shows nothing: enter words or leave it empty` })
    .optional()
    .transform((value) => (value === '' ? undefined : value))
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
