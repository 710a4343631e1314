import { describe, expect, it } from 'vitest'
import { minutesProposalsSchema, type MinutesProposal } from '@/contract/minutes'
import { proposeFromMinutes, type MinutesContext } from './propose'

// Minutes written for these tests in the style councils publish: numbered paragraphs, a line
// holding only a no-break space between them, "ACTION:" lines, RESOLVED paragraphs.
const gap = '\n\n\u00a0\n\n'

const scrutiny = [
  'Agenda item\n\nOfsted inspection of children’s services: the committee’s response\n\nThe committee to consider the inspection report and to receive a report on the improvement plan at the next meeting.',
  'The inspection report is attached to the agenda at pp 3 to 41.\n\nMinutes:\n\n14.1     The Chair welcomed Dr Priya Lal, the council’s Independent Improvement Adviser, who gave a presentation on the findings of the inspection and the themes of the draft improvement plan.',
  '14.2     Ofsted had judged the overall effectiveness of services for children to be ‘inadequate’. The experiences and progress of children who need help and protection were also judged inadequate, and the impact of leaders on social work practice was judged to require improvement to be good.',
  '14.3     Several members said that residents had contacted them about delays in assessments, and asked whether the service had enough social workers. The Director of Children’s Services, Ms Hannah Okafor, explained that twelve agency social workers had started in December. She undertook to circulate the vacancy and caseload figures for each team to all members of the committee before the next meeting.',
  '14.4     It was agreed that the committee would add the Independent Reviewing Officers’ Annual Report to its work programme.\n\nACTION:        Tom Reilly',
  '14.5     The committee asked that a report on the progress of the improvement plan be presented at every meeting of the committee until the plan was complete.',
  '14.6     The Local Safeguarding Children Partnership would receive a report on neglect in February. The committee would invite the independent chair of the Partnership to its March meeting to discuss the partnership’s response to the inspection.',
  '14.7     Ms Okafor confirmed that the new multi-agency front door would be in place by 1 April 2027, and that all children in need plans would be reviewed by the end of May 2027.',
  '14.8     The committee would meet informally with frontline social workers, as necessary, and would hold extra meetings if required.',
  '14.9     Councillor Bright reminded the committee that she had raised concerns about the front door in 2025, and felt that members should have been more challenging then.\n\nSupporting documents:\n\nOfsted report PDF 2 MB',
].join(gap)

const scrutinyMeetings = [
  { id: 'm-jan', date: '2027-01-14', status: 'held' },
  { id: 'm-mar', date: '2027-03-11', status: 'scheduled' },
  { id: 'm-jun', date: '2027-06-17', status: 'scheduled' },
]

const board = `NORTHSHIRE CHILDREN’S SERVICES IMPROVEMENT BOARD

Minutes of the meeting held on Wednesday 3 February 2027

1.  Minutes of the last meeting

1.1  The minutes of the meeting held on 2 December 2026 were agreed as a correct record.

2.  Improvement plan progress

2.1  Mr Daniel Frost, Assistant Director, introduced the progress report. Eleven of the forty milestones were complete; four were off track. Members asked about the delay to the new case management system. Mr Frost said that the system would go live by 30 June 2027 and that training for all practitioners would be completed before the end of the financial year.

2.2  The Chair asked that a further report on the case management system be brought to the next meeting.

2.3  RESOLVED that:
(a)  the progress report be noted;
(b)  a further report on the case management system be brought to the next meeting of the Board;
(c)  the Assistant Director circulate the revised recruitment trajectory to Board members by 17 February 2027; and
(d)  a performance report be submitted to the Board quarterly.

3.  Care leavers’ offer

3.1  Ms Grace Adeyemi presented the draft local offer for care leavers. The Board welcomed the offer and asked officers to share it with the Children in Care Council for comment.

3.2  RESOLVED that the final local offer for care leavers be presented to the Board in July 2027.

4.  Any other business

4.1  The Chair reported that a neighbouring authority had recently been judged ‘good’ at its re-inspection, and that its director had offered to share its practice model.
`

const boardMeetings = [
  { id: 'b-feb', date: '2027-02-03', status: 'held' },
  { id: 'b-apr', date: '2027-04-07', status: 'scheduled' },
  { id: 'b-jun', date: '2027-06-02', status: 'cancelled' },
  { id: 'b-jul', date: '2027-07-07', status: 'scheduled' },
]

const cabinet = [
  'Agenda item\n\nOfsted Inspection of Local Authority Children’s Services: Improvement Plan\n\nTo consider the report of the Executive Director of People on the outcome of the inspection, and to ask for an annual report on it at the next meeting.\n\nMinutes:\n\nCabinet considered the report of the Executive Director of People, which set out the findings of the inspection of the council’s children’s services carried out in October 2026 and the improvement plan submitted to Ofsted.',
  'The Cabinet Member for Children and Families said that the council accepted the findings in full. Inspectors had rated the council ‘inadequate’ overall, with help and protection ‘inadequate’ and children in care ‘requires improvement to be good’. Care leavers were judged to be ‘good’.',
  'In response to a question from Councillor Hughes, the Executive Director of People confirmed that the 70 working day deadline for the plan had been met, and that the first monitoring visit was expected in the spring.',
  'Councillor Patel asked whether other councils in the region had received more support from the Department for Education, and whether a report on that could come to a future meeting.',
  'RESOLVED that Cabinet:\n\n(a) notes the outcome of the Ofsted inspection;\n\n(b) approves the improvement plan at Appendix 1;\n\n(c) asks the Executive Director of People to report back to Cabinet on progress in six months; and\n\n(d) agrees that the annual report of the Corporate Parenting Panel be submitted to Cabinet each year.',
  'Reasons for decision: to ensure the council responds to the findings of the inspection.\n\nSupporting documents:\n\nOfsted inspection report, item 7 PDF 412 KB\nImprovement plan to be presented to the next meeting PDF 1 MB',
].join(gap)

const actionLog = `Actions agreed
• Officers to circulate the audit of return home interviews to members by 15 March 2027.
• Mr Kaur to write to the Chief Constable about police attendance at strategy meetings.
• Audit of all open child protection plans: complete by end of March 2027.
`

const context = (overrides: Partial<MinutesContext> = {}): MinutesContext => ({ meetingDate: null, today: '2027-01-20', meetings: [], boardName: null, ...overrides })

/** The proposals, as a clerk would read them: kind, title, due, recurrence, owner, grade. */
function read(text: string, given: Partial<MinutesContext>) {
  const proposals = proposeFromMinutes(text, context(given))
  expect(() => minutesProposalsSchema.parse(proposals)).not.toThrow()
  for (const proposal of proposals) expect(text.slice(proposal.source.start, proposal.source.end)).toBe(proposal.source.text)
  return proposals.map(({ kind, title, due, recurrence, owner, grade }: MinutesProposal) => ({ kind, title, due, recurrence, owner, ...(grade ? { grade } : {}) }))
}

describe('a scrutiny committee’s minutes', () => {
  const proposals = read(scrutiny, { meetingDate: '2027-01-14', meetings: scrutinyMeetings, boardName: 'Children’s Services Overview and Scrutiny Committee' })

  it('finds the judgements quoted with their grades', () => {
    expect(proposals.filter((proposal) => proposal.kind === 'judgement')).toEqual([
      { kind: 'judgement', title: 'Overall effectiveness: Inadequate', due: { kind: 'unspecified' }, recurrence: 'none', owner: null, grade: 'inadequate' },
      { kind: 'judgement', title: 'Children who need help and protection: Inadequate', due: { kind: 'unspecified' }, recurrence: 'none', owner: null, grade: 'inadequate' },
      {
        kind: 'judgement',
        title: 'The impact of leaders on social work practice with children and families: Requires improvement to be good',
        due: { kind: 'unspecified' },
        recurrence: 'none',
        owner: null,
        grade: 'requires-improvement',
      },
    ])
  })

  it('finds the reports, due at the board’s meetings, on its work programme, or at every meeting', () => {
    expect(proposals.filter((proposal) => proposal.kind === 'report')).toEqual([
      { kind: 'report', title: 'Independent Reviewing Officers’ Annual Report', due: { kind: 'unspecified', note: 'to its work programme' }, recurrence: 'annual', owner: 'Tom Reilly' },
      { kind: 'report', title: 'Report on the progress of the improvement plan', due: { kind: 'meeting', meetingId: 'm-mar' }, recurrence: 'every-meeting', owner: null },
      {
        kind: 'report',
        title: 'Invite the independent chair of the Partnership to its March meeting to discuss the partnership’s response to the inspection',
        due: { kind: 'meeting', meetingId: 'm-mar' },
        recurrence: 'none',
        owner: null,
      },
    ])
  })

  it('finds the officer’s undertaking as an action, owned by the officer speaking, due before the next meeting', () => {
    expect(proposals.filter((proposal) => proposal.kind === 'action')).toEqual([
      {
        kind: 'action',
        title: 'Circulate the vacancy and caseload figures for each team to all members of the committee',
        due: { kind: 'meeting', meetingId: 'm-mar' },
        recurrence: 'none',
        owner: 'The Director of Children’s Services',
      },
    ])
  })

  it('finds the dated commitments, each with its own date', () => {
    expect(proposals.filter((proposal) => proposal.kind === 'commitment')).toEqual([
      { kind: 'commitment', title: 'The new multi-agency front door would be in place by 1 April 2027', due: { kind: 'date', date: '2027-04-01' }, recurrence: 'none', owner: 'Ms Okafor' },
      { kind: 'commitment', title: 'All children in need plans would be reviewed by the end of May 2027', due: { kind: 'date', date: '2027-05-31' }, recurrence: 'none', owner: 'Ms Okafor' },
    ])
  })

  it('proposes nothing else: not the agenda, the presentation, members’ remarks, another body’s report, or meetings "as necessary"', () => {
    expect(proposals).toHaveLength(9)
  })
})

describe('an improvement board’s minutes with RESOLVED items', () => {
  const proposals = read(board, { meetingDate: '2027-02-03', meetings: boardMeetings, boardName: 'Northshire Children’s Services Improvement Board' })

  it('takes a RESOLVED repeating an earlier request as the same report, once', () => {
    expect(proposals.filter((proposal) => proposal.title === 'Further report on the case management system')).toEqual([
      { kind: 'report', title: 'Further report on the case management system', due: { kind: 'meeting', meetingId: 'b-apr' }, recurrence: 'none', owner: null },
    ])
  })

  it('reads each lettered item of a resolution', () => {
    expect(proposals).toContainEqual({
      kind: 'action',
      title: 'Circulate the revised recruitment trajectory to Board members',
      due: { kind: 'date', date: '2027-02-17' },
      recurrence: 'none',
      owner: 'the Assistant Director',
    })
    expect(proposals).toContainEqual({ kind: 'report', title: 'Performance report', due: { kind: 'unspecified' }, recurrence: 'quarterly', owner: null })
    expect(proposals.some((proposal) => /noted/.test(proposal.title))).toBe(false)
  })

  it('resolves a month to the board’s meeting in it, passing over a cancelled one', () => {
    expect(proposals).toContainEqual({ kind: 'report', title: 'Final local offer for care leavers', due: { kind: 'meeting', meetingId: 'b-jul' }, recurrence: 'none', owner: null })
  })

  it('reads the end of the financial year as 31 March, from the meeting’s date', () => {
    expect(proposals.filter((proposal) => proposal.kind === 'commitment')).toEqual([
      { kind: 'commitment', title: 'The system would go live by 30 June 2027', due: { kind: 'date', date: '2027-06-30' }, recurrence: 'none', owner: 'Mr Frost' },
      {
        kind: 'commitment',
        title: 'Training for all practitioners would be completed before the end of the financial year',
        due: { kind: 'date', date: '2027-03-31' },
        recurrence: 'none',
        owner: 'Mr Frost',
      },
    ])
  })

  it('gives a task asked of officers to them, and takes no grade from another authority', () => {
    expect(proposals).toContainEqual({ kind: 'action', title: 'Share it with the Children in Care Council for comment', due: { kind: 'unspecified' }, recurrence: 'none', owner: 'officers' })
    expect(proposals.filter((proposal) => proposal.kind === 'judgement')).toEqual([])
    expect(proposals).toHaveLength(7)
  })
})

describe('a cabinet’s minutes, published with their agenda item', () => {
  const proposals = read(cabinet, { meetingDate: '2027-01-20', meetings: [{ id: 'c-jul', date: '2027-07-21', status: 'scheduled' }], boardName: 'Cabinet' })

  it('finds each judgement of a sentence that quotes several', () => {
    expect(proposals.filter((proposal) => proposal.kind === 'judgement').map((proposal) => [proposal.title, proposal.grade])).toEqual([
      ['Overall effectiveness: Inadequate', 'inadequate'],
      ['Children who need help and protection: Inadequate', 'inadequate'],
      ['Children in care: Requires improvement to be good', 'requires-improvement'],
      ['Care leavers: Good', 'good'],
    ])
  })

  it('finds the reports the resolution asks for, by the board’s own name, and none from the agenda or a member’s question', () => {
    expect(proposals.filter((proposal) => proposal.kind !== 'judgement')).toEqual([
      { kind: 'report', title: 'Report back to Cabinet on progress', due: { kind: 'meeting', meetingId: 'c-jul' }, recurrence: 'none', owner: 'the Executive Director of People' },
      { kind: 'report', title: 'Annual report of the Corporate Parenting Panel', due: { kind: 'unspecified' }, recurrence: 'annual', owner: null },
    ])
  })
})

describe('an action log in bullets', () => {
  it('finds the actions with their owners, and a commitment in plan style', () => {
    expect(read(actionLog, { today: '2027-02-01' })).toEqual([
      { kind: 'action', title: 'Circulate the audit of return home interviews to members', due: { kind: 'date', date: '2027-03-15' }, recurrence: 'none', owner: 'Officers' },
      { kind: 'action', title: 'Write to the Chief Constable about police attendance at strategy meetings', due: { kind: 'unspecified' }, recurrence: 'none', owner: 'Mr Kaur' },
      { kind: 'commitment', title: 'Audit of all open child protection plans: complete by end of March 2027', due: { kind: 'date', date: '2027-03-31' }, recurrence: 'none', owner: null },
    ])
  })
})

describe('an ACTION line under a paragraph', () => {
  it('makes the paragraph’s last sentence an action when no rule found one, owned as the line says, due as it says', () => {
    const text = '5.2  Members discussed the number of children placed out of county. The sufficiency strategy needs a fresh look.\nACTION: Head of Commissioning – by 30 April 2027'
    expect(read(text, {})).toEqual([
      { kind: 'action', title: 'The sufficiency strategy needs a fresh look', due: { kind: 'date', date: '2027-04-30' }, recurrence: 'none', owner: 'Head of Commissioning' },
    ])
  })
})

describe('"the next meeting"', () => {
  const text = 'RESOLVED that an update on agency staffing be provided at the next meeting.'
  const meetings = [
    { id: 'earlier', date: '2027-01-10', status: 'held' },
    { id: 'later', date: '2027-03-01', status: 'scheduled' },
  ]

  it('is the board’s first meeting after the minutes’ own meeting', () => {
    expect(read(text, { meetingDate: '2026-12-01', meetings })[0]?.due).toEqual({ kind: 'meeting', meetingId: 'earlier' })
  })

  it('is counted from today when the minutes’ meeting is not known', () => {
    expect(read(text, { today: '2027-02-01', meetings })[0]?.due).toEqual({ kind: 'meeting', meetingId: 'later' })
  })

  it('stays "next meeting" when the board has none scheduled', () => {
    expect(read(text, { today: '2027-04-01', meetings })[0]?.due).toEqual({ kind: 'next-meeting' })
  })
})
