import type { Action } from '@/contract/actions'
import type { Meeting } from '@/contract/meetings'
import type { Report } from '@/contract/reports'
import type { Permission } from '@/domain/permissions'
import { isBusinessOf } from '@/domain/scheduling'
import { formatDate, formatDateWithDay } from '@/lib/dates'
import { byCount, countOf } from '@/lib/plural'

/** The chair's answer on the first page: what to do with the meeting. */
export type CancelOrMove = 'move' | 'cancel'

/** "Leave them with the cancelled meeting": the business stays where it is (no `moveBusinessTo`). */
export const LEAVE_BUSINESS = 'leave'

/** Only a meeting still to come can be cancelled or moved: one held (or past), or cancelled already, cannot. */
export function mayCancelOrMove(meeting: Pick<Meeting, 'status' | 'date'>, today: string): Permission {
  if (meeting.status === 'cancelled') return { allowed: false, reason: 'This meeting is cancelled already.' }
  if (meeting.status === 'held' || meeting.date < today) return { allowed: false, reason: 'This meeting has been held: it can no longer be cancelled or moved.' }
  return { allowed: true }
}

/** A meeting's business, as `moveBusinessTo` would move it: its open reports due, and the open actions due by it. */
export function businessOf<R extends Pick<Report, 'dueMeetingId' | 'status'>, A extends Pick<Action, 'status' | 'due'>>(
  meetingId: string,
  reports: readonly R[],
  actions: readonly A[],
): { reports: R[]; actions: A[] } {
  return {
    reports: reports.filter((report) => isBusinessOf.report(report, meetingId)),
    actions: actions.filter((action) => isBusinessOf.action(action, meetingId)),
  }
}

/** Where its business may go: the board's other scheduled meetings from today on, earliest first (the API takes any scheduled one). */
export function meetingsToMoveBusinessTo(meeting: Pick<Meeting, 'id' | 'boardId'>, boardMeetings: readonly Meeting[], today: string): Meeting[] {
  return boardMeetings
    .filter((each) => each.boardId === meeting.boardId && each.id !== meeting.id && each.status === 'scheduled' && each.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
}

/** "2 reports and 1 action"; "1 report"; "nothing". */
export function businessInWords(business: { reports: readonly unknown[]; actions: readonly unknown[] }): string {
  const parts = [
    business.reports.length > 0 ? `${countOf(business.reports.length, 'report', 'reports')}` : null,
    business.actions.length > 0 ? `${countOf(business.actions.length, 'action', 'actions')}` : null,
  ].filter((part): part is string => part !== null)
  return parts.length === 0 ? 'nothing' : parts.join(' and ')
}

/** What the meeting's page says once it is cancelled: where its business went, if it had any. */
export function cancelledMessage(meeting: Pick<Meeting, 'date'>, business: { reports: readonly unknown[]; actions: readonly unknown[] }, movedTo: Pick<Meeting, 'date'> | undefined): string {
  const cancelled = `The meeting on ${formatDate(meeting.date)} is cancelled.`
  const count = business.reports.length + business.actions.length
  if (count === 0) return cancelled
  const verb = byCount(count, 'is', 'are')
  const its = `Its ${businessInWords(business)}`
  return movedTo ? `${cancelled} ${its} ${verb} moved to the meeting on ${formatDate(movedTo.date)}.` : `${cancelled} ${its} ${verb} left with it.`
}

/** What the meeting's page says once it is moved. */
export function movedMessage(meeting: Pick<Meeting, 'date' | 'papersDeadline'>): string {
  return `The meeting is moved to ${formatDateWithDay(meeting.date)}. Its reports and actions stay with it; papers are now due by ${formatDate(meeting.papersDeadline)}.`
}
