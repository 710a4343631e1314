import type { Report } from '@/contract/reports'

/** What a list of reports still owed says of its order, above it. */
export const openReportOrderInWords = 'Late first, then by when they are due (the meeting’s date, or the month)'
/** What the reports list says of its order, above it. */
export const reportOrderInWords = `${openReportOrderInWords}; those done with (considered or withdrawn) last`

/** Where a report stands in the list: late ones, then those still to come, then those done with. */
function band(report: Report): number {
  if (report.overdue) return 0
  return report.status === 'considered' || report.status === 'withdrawn' ? 2 : 1
}

/**
 * When a report is due, as a sortable text: its meeting's date, else the first of its month, else
 * (waiting for "the next meeting", with none yet scheduled) after every dated one.
 */
function dueKey(report: Report, meetingDates: ReadonlyMap<string, string>): string {
  const date = report.dueMeetingId ? meetingDates.get(report.dueMeetingId) : undefined
  if (date) return date
  if (report.dueMonth) return `${report.dueMonth}-01`
  return '9999-12-31'
}

/** Reports in the order a reader needs: late first, then by when due, those done with last; by title within a day. */
export function byUrgency(reports: readonly Report[], meetings: ReadonlyArray<{ id: string; date: string }>): Report[] {
  const meetingDates = new Map(meetings.map((meeting) => [meeting.id, meeting.date]))
  return [...reports].sort(
    (a, b) => band(a) - band(b) || dueKey(a, meetingDates).localeCompare(dueKey(b, meetingDates)) || a.title.localeCompare(b.title, 'en-GB') || a.id.localeCompare(b.id),
  )
}
