import { addWeeks, format, isWeekend, parseISO } from 'date-fns'
import { bankHolidays, FIRST_BANK_HOLIDAY_YEAR } from './bank-holidays'
import { addDaysIso } from './calendar'
import { isWorkingDay } from './working-days'

/** Something about a meeting's date worth a second look; a warning, never a refusal. */
export interface SchedulingWarning {
  kind: 'weekend' | 'bank-holiday' | 'same-day'
  message: string
}

/** The bank holiday on a date, by name, if it is one. */
function bankHolidayOn(isoDate: string): string | undefined {
  const year = Number(isoDate.slice(0, 4))
  if (year < FIRST_BANK_HOLIDAY_YEAR) return undefined
  return bankHolidays(year).find((holiday) => holiday.date === isoDate)?.title
}

/**
 * What to tell whoever schedules a meeting on `isoDate`: a weekend, a bank holiday (named), or
 * another meeting of the same board that day (`sameDay`: how many others there are).
 */
export function schedulingWarnings(isoDate: string, sameDay: number): SchedulingWarning[] {
  const warnings: SchedulingWarning[] = []
  const day = format(parseISO(isoDate), 'EEEE d MMMM yyyy')
  if (isWeekend(parseISO(isoDate))) warnings.push({ kind: 'weekend', message: `${day} is a ${format(parseISO(isoDate), 'EEEE')}.` })
  const holiday = bankHolidayOn(isoDate)
  if (holiday) warnings.push({ kind: 'bank-holiday', message: `${day} is a bank holiday (${holiday}).` })
  if (sameDay > 0) {
    warnings.push({ kind: 'same-day', message: sameDay === 1 ? `The board already has a meeting on ${day}.` : `The board already has ${sameDay} meetings on ${day}.` })
  }
  return warnings
}

/** One date of a series, and the date it would have been when a bank holiday moved it. */
export interface SeriesDate {
  date: string
  movedFrom: string | null
}

/**
 * A series of `count` meetings every `everyWeeks` weeks from `first`. A date that falls on a bank
 * holiday (or a weekend: `first` should be a weekday) moves to the next working day, and says so.
 */
export function seriesDates(first: string, everyWeeks: number, count: number): SeriesDate[] {
  return Array.from({ length: count }, (_unused, index) => {
    const planned = format(addWeeks(parseISO(first), everyWeeks * index), 'yyyy-MM-dd')
    let date = planned
    while (!isWorkingDay(date)) date = addDaysIso(date, 1)
    return { date, movedFrom: date === planned ? null : planned }
  })
}
