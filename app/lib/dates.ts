/** Dates in words for the pages: the domain's one set of formatters (app/domain/date-words.ts). */
export { formatDate, formatDateWithDay, formatInstant, formatMonth } from '@/domain/date-words'

/** Today in Europe/London: the domain's rule, offered here beside the formatters pages use. */
export { todayIso } from '@/domain/today'
