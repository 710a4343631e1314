import { describe, expect, it } from 'vitest'
import { proposeFromMinutes } from './propose'

/** One sentence's proposals, as `kind: title | due | recurrence | owner`. */
function proposalsOf(sentence: string): string[] {
  return proposeFromMinutes(sentence, { meetingDate: '2027-01-14', today: '2027-01-14', meetings: [], boardName: 'Children’s Scrutiny Committee' }).map((proposal) => {
    const { due } = proposal
    const when = due.kind === 'month' ? due.month : due.kind === 'date' ? due.date : due.kind === 'unspecified' ? `unspecified${due.note ? ` (${due.note})` : ''}` : due.kind
    return `${proposal.kind}: ${proposal.title} | ${when} | ${proposal.recurrence} | ${proposal.owner ?? '—'}`
  })
}

describe('common ways minutes put things', () => {
  it.each([
    ['The Committee RESOLVED to receive a further report on the outcome of the consultation at its meeting in June.', 'report: Further report on the outcome of the consultation | 2027-06 | none | —'],
    ['Officers undertook to report back on the results of the audit.', 'report: Report back on the results of the audit | unspecified | none | Officers'],
    ['The Committee agreed to set up a task and finish group on placement sufficiency, reporting back in six months.', 'report: Report back | 2027-07 | none | —'],
    ['A report on the sufficiency strategy will be presented to the Board in the autumn.', 'report: Report on the sufficiency strategy | unspecified (in the autumn) | none | —'],
    ['A paper on foster carer allowances is scheduled for the March meeting.', 'report: Paper on foster carer allowances | 2027-03 | none | —'],
    ['The Director agreed to submit a briefing on exclusions to the next meeting.', 'report: Briefing on exclusions | next-meeting | none | The Director'],
    ['RESOLVED that the Designated Nurse be invited to attend the next meeting to present the health assessment figures.', 'report: Invite the Designated Nurse to attend the next meeting to present the health assessment figures | next-meeting | none | —'],
    ['Members asked that the performance scorecard be a standing item on the agenda.', 'report: Performance scorecard | next-meeting | every-meeting | —'],
    ['The Chair requested that the case audit findings be added to the work programme for the March meeting.', 'report: Case audit findings | 2027-03 | none | —'],
    ['It was agreed that the Corporate Director would provide members with a breakdown of agency spend.', 'action: Provide members with a breakdown of agency spend | unspecified | none | the Corporate Director'],
    ['The Director said that she would write to the Department for Education to seek clarification.', 'action: Write to the Department for Education to seek clarification | unspecified | none | The Director'],
    ['RESOLVED – That the Cabinet Member be asked to write to the Secretary of State.', 'action: Write to the Secretary of State | unspecified | none | the Cabinet Member'],
    ['Members requested that a visit to the new assessment hub be arranged.', 'action: Visit to the new assessment hub to be arranged | unspecified | none | —'],
    ['Mrs Jones agreed to circulate the slides after the meeting.', 'action: Circulate the slides after the meeting | unspecified | none | Mrs Jones'],
    [
      'The Head of Service explained that all vacancies would be filled by the end of September 2027.',
      'commitment: All vacancies would be filled by the end of September 2027 | 2027-09-30 | none | The Head of Service',
    ],
  ])('%s', (sentence, proposal) => {
    expect(proposalsOf(sentence)).toEqual([proposal])
  })

  it.each([
    'The Chairman thanked officers for the report, which was noted.',
    'Councillor Smith asked whether a report could be brought to a future meeting.',
    'It was noted that the improvement plan had been submitted to Ofsted on 1 March 2017.',
    'The committee would hold additional meetings as necessary.',
    'Members felt that the new front door would be in place by April 2027.',
    'A neighbouring authority had been judged ‘good’ at its re-inspection.',
    'The service had achieved good outcomes for children in care.',
    'Reports on youth justice were made to the Community Safety Partnership in March.',
    'Officers had already circulated the figures to members.',
    'The Director had asked the performance team to check the figures last month.',
  ])('proposes nothing for: %s', (sentence) => {
    expect(proposalsOf(sentence)).toEqual([])
  })
})
