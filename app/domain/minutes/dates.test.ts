import { describe, expect, it } from 'vitest'
import { findDue } from './dates'
import { resolveDue } from './resolve'

const reference = '2027-01-14'

describe('when the words say something is due', () => {
  it.each([
    ['be made to the committee’s next meeting', { kind: 'next-meeting' }],
    ['presented at every meeting of the board', { kind: 'next-meeting' }],
    ['to a future meeting to discuss it', { kind: 'unspecified', note: 'a future meeting' }],
    ['sent to all Members later in the summer', { kind: 'unspecified', note: 'later in the summer' }],
    ['included in its work plan', { kind: 'unspecified', note: 'in its work plan' }],
    ['complete by end of March 2027', { kind: 'date', date: '2027-03-31', meeting: false }],
    ['in place by 31/03/2027', { kind: 'date', date: '2027-03-31', meeting: false }],
    ['by 1st April', { kind: 'date', date: '2027-04-01', meeting: false }],
    ['within six weeks', { kind: 'date', date: '2027-02-25', meeting: false }],
    ['before the end of the financial year', { kind: 'date', date: '2027-03-31', meeting: false }],
    ['by the end of 2027', { kind: 'date', date: '2027-12-31', meeting: false }],
    ['the service would be fully staffed by September', { kind: 'month', month: '2027-09', meeting: false }],
    ['planned for this committee in September', { kind: 'month', month: '2027-09', meeting: true }],
    ['at the December meeting', { kind: 'month', month: '2027-12', meeting: true }],
    ['by 31 March 2150', { kind: 'unspecified', note: '31 March 2150' }],
  ] as const)('%s', (words, due) => {
    expect(findDue(words, reference)?.due).toEqual(due)
  })

  it('counts the financial year from the minutes’ own date', () => {
    expect(findDue('by the end of the financial year', '2027-05-01')?.due).toEqual({ kind: 'date', date: '2028-03-31', meeting: false })
  })

  it.each(['Minute 12/2016 refers', 'the meeting closed at 10.30am', 'a second report', 'a two year journey', 'now', 'Kent may not be compared', 'the age of 21'])(
    'finds no due in "%s"',
    (words) => {
      expect(findDue(words, reference)).toBeNull()
    },
  )

  it('takes the first phrase, where it lies', () => {
    expect(findDue('to Cabinet in July and to this committee in September', reference)).toMatchObject({ due: { kind: 'month', month: '2027-07' }, start: 14, end: 18 })
  })
})

describe('resolving a due against the board’s meetings', () => {
  const meetings = [
    { id: 'jan', date: '2027-01-14', status: 'held' },
    { id: 'mar-cancelled', date: '2027-03-04', status: 'cancelled' },
    { id: 'mar', date: '2027-03-18', status: 'scheduled' },
    { id: 'sep', date: '2027-09-16', status: 'scheduled' },
  ]

  it('makes "next meeting" the first meeting after the minutes’ date that is not cancelled', () => {
    expect(resolveDue({ kind: 'next-meeting' }, 'report', meetings, '2027-01-14')).toEqual({ kind: 'meeting', meetingId: 'mar' })
    expect(resolveDue({ kind: 'next-meeting' }, 'action', meetings, '2027-09-16')).toEqual({ kind: 'next-meeting' })
  })

  it('makes a month the meeting in it for a report or words naming a meeting; a commitment’s month stays a month', () => {
    expect(resolveDue({ kind: 'month', month: '2027-09', meeting: false }, 'report', meetings, reference)).toEqual({ kind: 'meeting', meetingId: 'sep' })
    expect(resolveDue({ kind: 'month', month: '2027-09', meeting: true }, 'action', meetings, reference)).toEqual({ kind: 'meeting', meetingId: 'sep' })
    expect(resolveDue({ kind: 'month', month: '2027-09', meeting: false }, 'commitment', meetings, reference)).toEqual({ kind: 'month', month: '2027-09' })
    expect(resolveDue({ kind: 'month', month: '2027-06', meeting: true }, 'report', meetings, reference)).toEqual({ kind: 'month', month: '2027-06' })
  })

  it('makes a date the meeting held that day, for a report', () => {
    expect(resolveDue({ kind: 'date', date: '2027-03-18', meeting: false }, 'report', meetings, reference)).toEqual({ kind: 'meeting', meetingId: 'mar' })
    expect(resolveDue({ kind: 'date', date: '2027-03-18', meeting: false }, 'commitment', meetings, reference)).toEqual({ kind: 'date', date: '2027-03-18' })
  })
})
