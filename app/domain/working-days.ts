import { addDays, format, isWeekend, parseISO } from 'date-fns'
import { isBankHoliday } from './bank-holidays'

export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd')
}

/** Weekends and England and Wales bank holidays are not working days. */
export function isWorkingDay(isoDate: string): boolean {
  return !isWeekend(parseISO(isoDate)) && !isBankHoliday(isoDate)
}

/**
 * The papers deadline: the working day that leaves `clearDays` clear working days before the
 * meeting (neither the meeting day nor the publication day is a clear day).
 */
export function papersDeadline(meetingDate: string, clearDays: number): string {
  let day = parseISO(meetingDate)
  let workingDaysBack = 0
  while (workingDaysBack < clearDays + 1) {
    day = addDays(day, -1)
    if (isWorkingDay(toIsoDate(day))) workingDaysBack += 1
  }
  return toIsoDate(day)
}
