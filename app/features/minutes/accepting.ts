import { endOfMonth, parseISO, format } from 'date-fns'
import type { MinutesProposal, ProposalDue, ProposalKind } from '@/contract/minutes'
import { formatDate, formatMonth } from '@/lib/dates'

/** What each kind of proposal is called on the page. */
export const proposalKindLabels: Record<ProposalKind, string> = {
  report: 'Follow-up report',
  action: 'Action',
  commitment: 'Commitment',
  judgement: 'Judgement',
}

/** A meeting as the mapping needs it. */
interface MeetingDate {
  id: string
  date: string
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|cllr|councillor|dame|sir|lady|lord)\.?\s+/

function normalised(text: string): string {
  return text.normalize('NFKC').replace(/[‘’`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase()
}

function withoutHonorifics(text: string): string {
  let rest = text
  for (let previous = ''; previous !== rest; ) {
    previous = rest
    rest = rest.replace(HONORIFIC, '')
  }
  return rest
}

const withoutThe = (text: string) => text.replace(/^the\s+/, '')

/**
 * The one person the minutes clearly mean by an owner as written: their full name ("Tom Brennan",
 * "Cllr Raj Malhotra"), a title and surname ("Mr Brennan", "Councillor Malhotra") or their job title
 * ("the Director of Children’s Services"). Null when nobody, or more than one person, fits: then the
 * person bringing the minutes in chooses.
 */
export function matchPerson<P extends { name: string; jobTitle: string }>(written: string | null, people: readonly P[]): P | null {
  if (!written) return null
  const text = withoutThe(normalised(written))
  if (text === '') return null
  const bare = withoutHonorifics(text)
  const only = (found: P[]) => (found.length === 1 ? found[0]! : null)
  const byName = people.filter((person) => withoutHonorifics(normalised(person.name)) === bare)
  if (byName.length > 0) return only(byName)
  // A surname alone counts only after a title: "Brennan" might be anything, "Mr Brennan" is a person.
  if (bare !== text && bare !== '' && !bare.includes(' ')) {
    return only(people.filter((person) => normalised(person.name).split(' ').at(-1) === bare))
  }
  return only(people.filter((person) => withoutThe(normalised(person.jobTitle)) === text))
}

/** The last day of a `YYYY-MM` month: "by March 2027" is by its end. */
export function lastDayOf(month: string): string {
  return format(endOfMonth(parseISO(`${month}-01`)), 'yyyy-MM-dd')
}

/** A report's due as its form asks it: a meeting, a month, the next meeting, or not chosen yet (''). */
export interface ReportDue {
  due: 'meeting' | 'month' | 'next' | ''
  dueMeetingId: string
  dueMonth: string
}

/**
 * A proposal's due as a report's: a meeting the report may be due at, a month, the next meeting;
 * a date is due in its month (at whichever meeting falls in it); nothing certain is for the person
 * to choose.
 */
export function reportDueOf(due: ProposalDue, dueMeetings: readonly MeetingDate[]): ReportDue {
  const none = { dueMeetingId: '', dueMonth: '' }
  switch (due.kind) {
    case 'meeting':
      return dueMeetings.some((meeting) => meeting.id === due.meetingId) ? { ...none, due: 'meeting', dueMeetingId: due.meetingId } : { ...none, due: '' }
    case 'month':
      return { ...none, due: 'month', dueMonth: due.month }
    case 'date':
      return { ...none, due: 'month', dueMonth: due.date.slice(0, 7) }
    case 'next-meeting':
      return { ...none, due: 'next' }
    case 'unspecified':
      return { ...none, due: '' }
  }
}

/** An action's due as its form asks it: by a date, by a later meeting, not set, or not chosen yet (''). */
export interface ActionDueChoice {
  due: 'date' | 'meeting' | 'none' | ''
  date: string
  meetingId: string
}

/**
 * A proposal's due as an action's: a date, or a month's last day; a later meeting of the board;
 * "next meeting" with none scheduled is for the person to choose; nothing said is "not set".
 */
export function actionDueOf(due: ProposalDue, laterMeetings: readonly MeetingDate[]): ActionDueChoice {
  const none = { date: '', meetingId: '' }
  switch (due.kind) {
    case 'date':
      return { ...none, due: 'date', date: due.date }
    case 'month':
      return { ...none, due: 'date', date: lastDayOf(due.month) }
    case 'meeting':
      return laterMeetings.some((meeting) => meeting.id === due.meetingId) ? { ...none, due: 'meeting', meetingId: due.meetingId } : { ...none, due: '' }
    case 'next-meeting':
      return laterMeetings[0] ? { ...none, due: 'meeting', meetingId: laterMeetings[0].id } : { ...none, due: '' }
    case 'unspecified':
      return { ...none, due: 'none' }
  }
}

/** A commitment's deadline as a milestone's due date: a date, a month's last day, a meeting's day; else none. */
export function milestoneDueOf(due: ProposalDue, meetings: readonly MeetingDate[]): string | null {
  switch (due.kind) {
    case 'date':
      return due.date
    case 'month':
      return lastDayOf(due.month)
    case 'meeting':
      return meetings.find((meeting) => meeting.id === due.meetingId)?.date ?? null
    case 'next-meeting':
    case 'unspecified':
      return null
  }
}

/** When the minutes say it is due, in words. */
export function proposalDueInWords(due: ProposalDue, meetings: readonly MeetingDate[]): string {
  switch (due.kind) {
    case 'meeting': {
      const meeting = meetings.find((candidate) => candidate.id === due.meetingId)
      return meeting ? `At the meeting on ${formatDate(meeting.date)}` : 'At a later meeting'
    }
    case 'month':
      return `In ${formatMonth(due.month)}`
    case 'next-meeting':
      return 'At the next meeting (none is scheduled yet)'
    case 'date':
      return `By ${formatDate(due.date)}`
    case 'unspecified':
      return due.note ? `Not said (the minutes say “${due.note}”)` : 'Not said'
  }
}

/**
 * A proposal's lasting name, for keeping what the person decided about it: the same sentence read
 * again (after the minutes are changed elsewhere) gives the same key. `nth` tells apart the rare
 * two of one kind and title from one sentence.
 */
export function proposalKey(proposal: Pick<MinutesProposal, 'kind' | 'title' | 'source'>, nth = 0): string {
  const text = `${proposal.kind}|${proposal.title}|${proposal.source.text}|${nth}`
  let hash = 5381
  for (let index = 0; index < text.length; index += 1) hash = ((hash * 33) ^ text.charCodeAt(index)) >>> 0
  return `${proposal.kind}-${hash.toString(36)}`
}

/** Each proposal with its key, in the order given. */
export function keyed<P extends Pick<MinutesProposal, 'kind' | 'title' | 'source'>>(proposals: readonly P[]): Array<{ key: string; proposal: P }> {
  const seen = new Map<string, number>()
  return proposals.map((proposal) => {
    const base = proposalKey(proposal)
    const nth = seen.get(base) ?? 0
    seen.set(base, nth + 1)
    return { key: nth === 0 ? base : proposalKey(proposal, nth), proposal }
  })
}
