import { format, parseISO } from 'date-fns'

/** "10 December 2026" */
export function formatDate(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMMM yyyy')
}

/** "Thursday 10 December 2026" */
export function formatDateWithDay(isoDate: string): string {
  return format(parseISO(isoDate), 'EEEE d MMMM yyyy')
}

/** "June 2026" */
export function formatMonth(isoMonth: string): string {
  return format(parseISO(`${isoMonth}-01`), 'MMMM yyyy')
}

/** "10 December 2026 at 2:05pm" */
export function formatInstant(instant: string): string {
  return format(parseISO(instant), "d MMMM yyyy 'at' h:mmaaa")
}

/** Today in Europe/London: the domain's rule, offered here beside the formatters pages use. */
export { todayIso } from '@/domain/today'
