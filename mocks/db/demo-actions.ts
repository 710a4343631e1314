import { addDays, format, parseISO } from 'date-fns'
import type { StoredAction, StoredMeeting } from '@/contract/stored'

/** Each board's meetings, by place relative to the next one (0 is the next, -1 the last held). */
type Series = (relative: number) => StoredMeeting

/**
 * The actions the Northshire boards agreed at their last meetings, as their minutes record them:
 * some done, some open, one overdue, and one owned by a team rather than a person.
 */
export function demoActions(improvement: Series, scrutiny: Series, at: (meeting: StoredMeeting, hour?: number) => string): StoredAction[] {
  const action = (id: string, meeting: StoredMeeting, fields: Pick<StoredAction, 'what' | 'ownerId' | 'ownerName' | 'due'> & Partial<StoredAction>): StoredAction => ({
    id,
    boardId: meeting.boardId,
    meetingId: meeting.id,
    agendaItemId: null,
    status: 'open',
    note: null,
    createdAt: at(meeting, 16),
    createdById: meeting.boardId === 'board-scrutiny' ? 'p-scrutiny-chair' : 'p-improvement-chair',
    doneAt: null,
    doneById: null,
    version: 1,
    ...fields,
  })
  return [
    action('action-early-help-partnership', improvement(-1), {
      what: 'Meet the chair of the Safeguarding Children Partnership to agree how early help referrals are counted across agencies.',
      ownerId: 'p-dcs',
      ownerName: null,
      due: { kind: 'meeting', meetingId: improvement(0).id },
      agendaItemId: 'standing-progress',
    }),
    action('action-agency-cover', improvement(-1), {
      what: 'Report the cost and length of agency cover for the two vacant team manager posts in the assessment service.',
      ownerId: 'p-workforce',
      ownerName: null,
      due: { kind: 'date', date: format(addDays(parseISO(improvement(-1).date), 14), 'yyyy-MM-dd') },
    }),
    action('action-audit-sample', improvement(-2), {
      what: 'Widen the case file audit sample to include children placed out of county.',
      ownerId: 'p-safeguarding',
      ownerName: null,
      due: { kind: 'meeting', meetingId: improvement(-1).id },
      status: 'done',
      note: 'Sample widened from 40 to 55 files; 15 out-of-county placements audited in October.',
      doneAt: at(improvement(-1), 11),
      doneById: 'p-safeguarding',
    }),
    action('action-complaints-learning', scrutiny(-1), {
      what: 'Share with members what other councils learned about handling complaints raised again after an inadequate judgement.',
      ownerId: null,
      ownerName: 'The corporate complaints team',
      due: { kind: 'none' },
    }),
    action('action-member-briefing', scrutiny(-1), {
      what: 'Send members a briefing note on the questions to ask about the inspection’s recommendations.',
      ownerId: 'p-performance',
      ownerName: null,
      due: { kind: 'meeting', meetingId: scrutiny(0).id },
    }),
  ]
}

/**
 * The improvement board's last meeting as its clerk recorded it: who came, who sent apologies, the
 * agenda as the chair ordered it and what was resolved under each item.
 */
export function demoMeetingRecord(meeting: StoredMeeting): StoredMeeting {
  return {
    ...meeting,
    time: '14:00',
    location: meeting.location ?? 'Committee Room 2, County Hall',
    attendance: {
      present: ['p-improvement-chair', 'p-member-lloyd', 'p-dcs', 'p-safeguarding', 'p-workforce'],
      apologies: ['p-children-in-care'],
      others: 'Chris Doyle, DfE Children’s Services Adviser; Amina Shah, Partnership Business Manager',
    },
    agenda: [
      { id: 'standing-apologies', kind: 'apologies', title: 'Apologies for absence', reportId: null, decision: 'Apologies were received from Priya Natarajan.' },
      { id: 'standing-minutes', kind: 'minutes', title: 'Minutes of the last meeting', reportId: null, decision: 'RESOLVED that the minutes of the last meeting be agreed as a correct record.' },
      {
        id: 'standing-progress',
        kind: 'progress',
        title: 'Improvement plan: progress report',
        reportId: null,
        decision:
          'RESOLVED that the progress report be noted, and that the board receive a costed plan for the assessment service’s team manager vacancies at its next meeting.',
      },
      { id: 'item-dfe-review', kind: 'item', title: 'DfE adviser’s six-monthly review', reportId: null, decision: 'RESOLVED that the adviser’s findings be reflected in the revised plan.' },
      { id: 'standing-aob', kind: 'aob', title: 'Any other business', reportId: null, decision: null },
    ],
  }
}
