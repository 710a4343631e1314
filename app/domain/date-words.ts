import { lightFormat, parseISO } from 'date-fns'

/**
 * Dates in words, the GOV.UK way ("10 December 2026"), for the pages and the API's messages alike.
 * English names written out rather than date-fns's `format`, whose locale machinery is the largest
 * part of date-fns on the first page; the app speaks British English only.
 */
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

/** A date or instant as the device's local time, refusing what is no date as date-fns's `format` does. */
function parsed(iso: string): Date {
  const date = parseISO(iso)
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value')
  return date
}

const words = (date: Date) => `${date.getDate()} ${monthNames[date.getMonth()]} ${lightFormat(date, 'yyyy')}`

/** "10 December 2026" */
export function formatDate(isoDate: string): string {
  return words(parsed(isoDate))
}

/** "Thursday 10 December 2026" */
export function formatDateWithDay(isoDate: string): string {
  const date = parsed(isoDate)
  return `${dayNames[date.getDay()]} ${words(date)}`
}

/** "June 2026" */
export function formatMonth(isoMonth: string): string {
  const date = parsed(`${isoMonth}-01`)
  return `${monthNames[date.getMonth()]} ${lightFormat(date, 'yyyy')}`
}

/** "10 December 2026 at 2:05pm" */
export function formatInstant(instant: string): string {
  const date = parsed(instant)
  return `${words(date)} at ${lightFormat(date, 'h:mmaaa')}`
}
