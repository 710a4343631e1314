import type { ProposalDue, ProposalKind } from '@/contract/minutes'
import type { DueReading } from './dates'

/** What the extractor needs of a board's meeting. */
export interface BoardMeeting {
  id: string
  date: string
  status: string
}

/** The board's meetings that will happen or have, earliest first: a cancelled meeting is no one's due date. */
function usable(meetings: readonly BoardMeeting[]): BoardMeeting[] {
  return meetings.filter((meeting) => meeting.status !== 'cancelled').sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
}

/**
 * Turns what the words say into a due the contract knows, using the board's meetings: "the next
 * meeting" is the board's first meeting after `after` (the minutes' meeting, or today); a month
 * becomes the board's meeting in it, after `after`, when the words name a meeting or the proposal
 * is a report (reports are due at meetings); a date becomes the meeting held on it in those cases.
 * Otherwise the month, date or "next meeting" stands, for the person to settle.
 */
export function resolveDue(reading: DueReading, kind: ProposalKind, meetings: readonly BoardMeeting[], after: string): ProposalDue {
  const later = usable(meetings).filter((meeting) => meeting.date > after)
  switch (reading.kind) {
    case 'next-meeting': {
      const next = later[0]
      return next ? { kind: 'meeting', meetingId: next.id } : { kind: 'next-meeting' }
    }
    case 'month': {
      const atMeeting = reading.meeting || kind === 'report'
      const match = atMeeting ? later.find((meeting) => meeting.date.startsWith(reading.month)) : undefined
      return match ? { kind: 'meeting', meetingId: match.id } : { kind: 'month', month: reading.month }
    }
    case 'date': {
      const atMeeting = reading.meeting || kind === 'report'
      const match = atMeeting ? usable(meetings).find((meeting) => meeting.date === reading.date) : undefined
      return match ? { kind: 'meeting', meetingId: match.id } : { kind: 'date', date: reading.date }
    }
    case 'unspecified':
      return reading.note ? { kind: 'unspecified', note: reading.note } : { kind: 'unspecified' }
  }
}
