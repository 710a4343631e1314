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

/** A title as the duplicate check compares it: lower case, "&" as "and", letters and digits only, single spaces ("Recruitment & retention." = "recruitment and retention"). */
export function normalisedTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * A request that repeats one still open: the same board asking, the same title once normalised,
 * and the earlier report still owed (requested, in preparation or deferred, so not yet submitted,
 * considered or withdrawn). The form points it out before saving; the chair may go on.
 */
export function openDuplicateOf<R extends { id: string; title: string; requestedByBoardId: string; status: ReportStatus }>(
  request: { title: string; requestedByBoardId: string },
  reports: readonly R[],
): R | undefined {
  const title = normalisedTitle(request.title)
  if (title === '') return undefined
  return reports.find(
    (report) => report.requestedByBoardId === request.requestedByBoardId && openReportStatuses.includes(report.status) && normalisedTitle(report.title) === title,
  )
}

/** The latest submission's link and note, if it was ever submitted. */
export function latestSubmission<E extends { to: ReportStatus; kind?: string | undefined; paperUrl?: string | undefined; note?: string | undefined }>(history: readonly E[]): E | undefined {
  return history.findLast((event) => event.to === 'submitted' && event.kind === undefined)
}
