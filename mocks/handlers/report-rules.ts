import { inDateRange } from '@/contract/common'
import { openReportStatuses } from '@/contract/reports'
import type { StoredMeeting, StoredReport } from '@/contract/stored'
import type { Tx } from '../db/store'
import { addMonthsToMonth } from '@/domain/calendar'
import { todayIso } from '@/domain/today'

/** When a meeting is scheduled, reports waiting for "the next meeting" or for its month attach to it. */
export async function attachWaitingReports(tx: Tx, meeting: StoredMeeting): Promise<void> {
  if (meeting.status !== 'scheduled' || meeting.date < todayIso()) return
  const month = meeting.date.slice(0, 7)
  const waiting = (await tx.reports.where('requestedByBoardId', meeting.boardId)).filter(
    (report) =>
      report.dueMeetingId === null &&
      openReportStatuses.includes(report.status) &&
      (report.dueNextMeeting || report.dueMonth === month),
  )
  for (const report of waiting) {
    await tx.reports.put({ ...report, dueMeetingId: meeting.id, dueNextMeeting: false, version: report.version + 1 })
  }
}

/** The scheduled meetings of a board from today on, earliest first. */
export async function upcomingMeetings(tx: Tx, boardId: string): Promise<StoredMeeting[]> {
  const today = todayIso()
  const meetings = await tx.meetings.where('boardId', boardId)
  return meetings
    .filter((meeting) => meeting.status === 'scheduled' && meeting.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
}

/** Resolves "next meeting" and a due month to a scheduled meeting where one exists. */
export async function resolveDueMeeting(tx: Tx, 
  boardId: string,
  due: Pick<StoredReport, 'dueMeetingId' | 'dueMonth' | 'dueNextMeeting'>,
): Promise<Pick<StoredReport, 'dueMeetingId' | 'dueMonth' | 'dueNextMeeting'>> {
  if (due.dueMeetingId) return due
  const upcoming = await upcomingMeetings(tx, boardId)
  const match = due.dueNextMeeting ? upcoming[0] : upcoming.find((meeting) => meeting.date.slice(0, 7) === due.dueMonth)
  return match ? { ...due, dueMeetingId: match.id, dueNextMeeting: false } : due
}

/** When a recurring report is considered, the next one is due at the next meeting, quarter or year. */
export async function nextInstanceDue(tx: Tx, 
  report: StoredReport,
  consideredAt: StoredMeeting | undefined,
): Promise<Pick<StoredReport, 'dueMeetingId' | 'dueMonth' | 'dueNextMeeting'>> {
  const board = report.requestedByBoardId
  const from = consideredAt?.date ?? todayIso()
  if (report.recurrence === 'every-meeting') {
    const later = (await upcomingMeetings(tx, board)).filter((meeting) => meeting.date > from)
    return later[0]
      ? { dueMeetingId: later[0].id, dueMonth: null, dueNextMeeting: false }
      : { dueMeetingId: null, dueMonth: null, dueNextMeeting: true }
  }
  const months = report.recurrence === 'quarterly' ? 3 : 12
  const month = addMonthsToMonth(from, months)
  // Past the service's last date, no month can be named: the next one waits for "the next meeting".
  if (!inDateRange(month)) return { dueMeetingId: null, dueMonth: null, dueNextMeeting: true }
  return resolveDueMeeting(tx, board, { dueMeetingId: null, dueMonth: month, dueNextMeeting: false })
}
