import { addDays, addMonths, differenceInCalendarDays, lightFormat, parseISO } from 'date-fns'
import { formatDate } from './date-words'

/** Calendar days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from))
}

export function addDaysIso(isoDate: string, days: number): string {
  return lightFormat(addDays(parseISO(isoDate), days), 'yyyy-MM-dd')
}

/** The `YYYY-MM` month `months` after the month of `isoDate`. */
export function addMonthsToMonth(isoDate: string, months: number): string {
  return lightFormat(addMonths(parseISO(isoDate), months), 'yyyy-MM')
}

/** "9 October 2026": a date as the API's messages name it (the pages use app/lib/dates.ts). */
export function formatIsoDate(isoDate: string): string {
  return formatDate(isoDate)
}
