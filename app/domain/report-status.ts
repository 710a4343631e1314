import { openReportStatuses, reportTransitions, type ReportStatus } from '@/contract/reports'
import { monthOf } from './today'

type DueFacts = { status: ReportStatus; dueMonth: string | null }

/**
 * A report is late once its due meeting's papers deadline (or, with no meeting yet, its due month)
 * has passed and it is still owed.
 */
export function isReportLate(report: DueFacts, dueMeeting: { papersDeadline: string } | undefined, today: string): boolean {
  if (!openReportStatuses.includes(report.status)) return false
  if (dueMeeting) return dueMeeting.papersDeadline < today
  return report.dueMonth !== null && report.dueMonth < monthOf(today)
}

/** Whether the report's status allows this move at all (anything else is a 409), whoever asks. */
export function isLegalTransition(from: ReportStatus, to: ReportStatus): boolean {
  return reportTransitions[from].includes(to)
}
