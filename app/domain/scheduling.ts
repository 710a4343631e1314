import { addWeeks, format, isWeekend, parseISO } from 'date-fns'
import { bankHolidays, FIRST_BANK_HOLIDAY_YEAR } from './bank-holidays'
import { openReportStatuses } from '@/contract/reports'
import { addDaysIso } from './calendar'
import { isWorkingDay } from './working-days'

/** Something about a meeting's date worth a second look; a warning, never a refusal. */
export interface SchedulingWarning {
  kind: 'weekend' | 'bank-holiday' | 'same-day'
  message: string
}

/** The bank holiday on a date, by name, if it is one. */
export function bankHolidayOn(isoDate: string): string | undefined {
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

/** What decides whether a meeting shares its day with others: its board, its date, and whether it is cancelled (a cancelled one does not count). */
export interface MeetingOnADay {
  id: string
  boardId: string
  date: string
  status: string
}

/** How many other meetings (not cancelled) of its board each meeting shares its day with; `meetings` includes the one asked about. */
export function othersThatDay(meetings: readonly MeetingOnADay[]): (meeting: MeetingOnADay) => number {
  const onTheDay = new Map<string, number>()
  for (const each of meetings) if (each.status !== 'cancelled') onTheDay.set(`${each.boardId} ${each.date}`, (onTheDay.get(`${each.boardId} ${each.date}`) ?? 0) + 1)
  return (meeting) => (onTheDay.get(`${meeting.boardId} ${meeting.date}`) ?? 0) - (meeting.status === 'cancelled' ? 0 : 1)
}

/**
 * The warnings a meeting would get on `isoDate`, among its board's meetings as they stand
 * (`boardMeetings`): a new one (no `meetingId`), or one being moved there (its id), as the API
 * would answer once it is saved.
 */
export function warningsForDate(isoDate: string, boardMeetings: readonly MeetingOnADay[], meeting: { id?: string; boardId: string }): SchedulingWarning[] {
  const moved: MeetingOnADay = { id: meeting.id ?? '', boardId: meeting.boardId, date: isoDate, status: 'scheduled' }
  const others = boardMeetings.filter((each) => each.id !== meeting.id)
  return schedulingWarnings(isoDate, othersThatDay([...others, moved])(moved))
}

/**
 * A meeting's business, as it moves with `moveBusinessTo` when the meeting is cancelled or moved
 * away from: the open reports due at it, and the open actions due by it.
 */
export const isBusinessOf = {
  report: (report: { dueMeetingId: string | null; status: string }, meetingId: string): boolean =>
    report.dueMeetingId === meetingId && (openReportStatuses as readonly string[]).includes(report.status),
  action: (action: { status: string; due: { kind: string; meetingId?: string } }, meetingId: string): boolean =>
    action.status === 'open' && action.due.kind === 'meeting' && action.due.meetingId === meetingId,
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
