import { format, isWeekend, parseISO } from 'date-fns'
import type { MeetingSeriesResult } from '@/contract/meetings'
import { bankHolidayOn, seriesDates, warningsForDate, type MeetingOnADay, type SchedulingWarning } from '@/domain/scheduling'
import { formatDate, formatDateWithDay } from '@/lib/dates'
import { countOf } from '@/lib/plural'

/** One meeting a series would make, before it is saved. */
export interface SeriesPreviewDate {
  date: string
  /** The date it would have fallen on, and why it moved off it; null when it did not move. */
  moved: { from: string; because: string } | null
  /** What about its date still deserves a second look (another meeting of the board that day). */
  warnings: SchedulingWarning[]
}

/** Why a series moves a meeting off `isoDate`: "a bank holiday (Christmas Day)", "a Saturday". */
export function whyMoved(isoDate: string): string {
  const holiday = bankHolidayOn(isoDate)
  if (holiday) return `a bank holiday (${holiday})`
  return isWeekend(parseISO(isoDate)) ? `a ${format(parseISO(isoDate), 'EEEE')}` : 'not a working day'
}

/**
 * The meetings a series would make, by the rule the API applies when it is saved (`seriesDates`),
 * each with why it moved and what warnings it would get among the board's meetings.
 */
export function seriesPreview(
  series: { boardId: string; firstDate: string; everyWeeks: number; count: number },
  boardMeetings: readonly MeetingOnADay[],
): SeriesPreviewDate[] {
  return seriesDates(series.firstDate, series.everyWeeks, series.count).map(({ date, movedFrom }) => ({
    date,
    moved: movedFrom ? { from: movedFrom, because: whyMoved(movedFrom) } : null,
    warnings: warningsForDate(date, boardMeetings, { boardId: series.boardId }),
  }))
}

/** The preview in a sentence: how many, from when to when, and how many moved. */
export function seriesInWords(preview: readonly SeriesPreviewDate[]): string {
  const first = preview[0]
  const last = preview.at(-1)
  if (!first || !last) return 'No meetings.'
  const moved = preview.filter((each) => each.moved).length
  return `${preview.length} meetings, from ${formatDateWithDay(first.date)} to ${formatDateWithDay(last.date)}. ${
    moved === 0 ? 'None falls on a bank holiday.' : `${countOf(moved, 'is', 'are')} moved to the next working day.`
  }`
}

/** What the board's meetings page says once the series is saved: how many, and which moved. */
export function seriesScheduledMessage(result: MeetingSeriesResult): string {
  const count = result.meetings.length
  const scheduled = `${countOf(count, 'meeting', 'meetings')} scheduled.`
  if (result.moved.length === 0) return scheduled
  const moves = result.moved.map((move) => `${formatDate(move.from)} to ${formatDate(move.to)}`)
  const list = moves.length === 1 ? moves[0] : `${moves.slice(0, -1).join(', ')} and ${moves.at(-1)}`
  return `${scheduled} ${countOf(result.moved.length, 'was', 'were')} moved to the next working day: ${list}.`
}
