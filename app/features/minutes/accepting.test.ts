import { describe, expect, it } from 'vitest'
import type { ProposalDue } from '@/contract/minutes'
import { actionDueOf, keyed, matchPerson, milestoneDueOf, proposalDueInWords, proposalKey, reportDueOf } from './accepting'

const people = [
  { id: 'dcs', name: 'Helen Okafor', jobTitle: 'Director of Children’s Services' },
  { id: 'workforce', name: 'Tom Brennan', jobTitle: 'Head of Workforce Development' },
  { id: 'cabinet', name: 'Cllr Raj Malhotra', jobTitle: 'Cabinet Member for Children and Families' },
  { id: 'chair', name: 'Dame Alison Hartley', jobTitle: 'Independent Chair, Children’s Services Improvement Board' },
  { id: 'ellison-m', name: 'Mark Ellison', jobTitle: 'Head of Service, Safeguarding' },
  { id: 'ellison-j', name: 'Jo Ellison', jobTitle: 'Head of Service, Early Help' },
]

describe('matching the owner as the minutes write it to one of the council’s people', () => {
  it.each([
    ['Tom Brennan', 'workforce'],
    ['Mr Brennan', 'workforce'],
    ['Mr. Brennan', 'workforce'],
    ['Ms Okafor', 'dcs'],
    ['Dr Helen Okafor', 'dcs'],
    ['Councillor Malhotra', 'cabinet'],
    ['Raj Malhotra', 'cabinet'],
    ['Dame Alison Hartley', 'chair'],
    ['the Director of Children’s Services', 'dcs'],
    ["The Director of Children's Services", 'dcs'],
    ['  tom   brennan ', 'workforce'],
    ['Mark Ellison', 'ellison-m'],
  ])('%s is %s', (written, id) => {
    expect(matchPerson(written, people)?.id).toBe(id)
  })

  it.each([
    ['nobody named', null],
    ['officers', 'officers'],
    ['a surname without a title', 'Brennan'],
    ['a surname two people share', 'Mr Ellison'],
    ['a different first name', 'Hannah Okafor'],
    ['a title nobody has', 'the Assistant Director'],
    ['a bare honorific', 'Mr'],
    ['nothing', ''],
  ])('%s matches no one: %s', (_why, written) => {
    expect(matchPerson(written, people)).toBeNull()
  })

  it('matches only among the people offered', () => {
    expect(matchPerson('Mr Brennan', people.filter((person) => person.id !== 'workforce'))).toBeNull()
  })
})

const meetings = [
  { id: 'm-dec', date: '2026-12-03' },
  { id: 'm-jan', date: '2027-01-28' },
]

describe('a proposal’s due as a follow-up report’s', () => {
  it.each<[string, ProposalDue, ReturnType<typeof reportDueOf>]>([
    ['a meeting it may be due at', { kind: 'meeting', meetingId: 'm-jan' }, { due: 'meeting', dueMeetingId: 'm-jan', dueMonth: '' }],
    ['a meeting it may not be due at is for the person to choose', { kind: 'meeting', meetingId: 'm-gone' }, { due: '', dueMeetingId: '', dueMonth: '' }],
    ['a month', { kind: 'month', month: '2027-03' }, { due: 'month', dueMeetingId: '', dueMonth: '2027-03' }],
    ['a date, due in its month', { kind: 'date', date: '2027-03-31' }, { due: 'month', dueMeetingId: '', dueMonth: '2027-03' }],
    ['the next meeting', { kind: 'next-meeting' }, { due: 'next', dueMeetingId: '', dueMonth: '' }],
    ['nothing certain is for the person to choose', { kind: 'unspecified', note: 'a future meeting' }, { due: '', dueMeetingId: '', dueMonth: '' }],
  ])('%s', (_what, due, expected) => {
    expect(reportDueOf(due, meetings)).toEqual(expected)
  })
})

describe('a proposal’s due as an action’s', () => {
  it.each<[string, ProposalDue, readonly { id: string; date: string }[], ReturnType<typeof actionDueOf>]>([
    ['a date', { kind: 'date', date: '2026-11-20' }, meetings, { due: 'date', date: '2026-11-20', meetingId: '' }],
    ['a month, by its last day', { kind: 'month', month: '2027-02' }, meetings, { due: 'date', date: '2027-02-28', meetingId: '' }],
    ['a later meeting', { kind: 'meeting', meetingId: 'm-dec' }, meetings, { due: 'meeting', date: '', meetingId: 'm-dec' }],
    ['a meeting that is not a later one is for the person to choose', { kind: 'meeting', meetingId: 'm-gone' }, meetings, { due: '', date: '', meetingId: '' }],
    ['the next meeting, once one is scheduled', { kind: 'next-meeting' }, meetings, { due: 'meeting', date: '', meetingId: 'm-dec' }],
    ['the next meeting, with none scheduled, is for the person to choose', { kind: 'next-meeting' }, [], { due: '', date: '', meetingId: '' }],
    ['nothing said is not set', { kind: 'unspecified' }, meetings, { due: 'none', date: '', meetingId: '' }],
  ])('%s', (_what, due, later, expected) => {
    expect(actionDueOf(due, later)).toEqual(expected)
  })
})

describe('a commitment’s deadline as a milestone’s due date', () => {
  it.each<[string, ProposalDue, string | null]>([
    ['a date', { kind: 'date', date: '2027-01-31' }, '2027-01-31'],
    ['a month, its last day', { kind: 'month', month: '2028-02' }, '2028-02-29'],
    ['a meeting, its day', { kind: 'meeting', meetingId: 'm-jan' }, '2027-01-28'],
    ['an unknown meeting, none', { kind: 'meeting', meetingId: 'm-gone' }, null],
    ['the next meeting, none', { kind: 'next-meeting' }, null],
    ['nothing said, none', { kind: 'unspecified' }, null],
  ])('%s', (_what, due, expected) => {
    expect(milestoneDueOf(due, meetings)).toBe(expected)
  })
})

describe('when the minutes say it is due, in words', () => {
  it.each<[ProposalDue, string]>([
    [{ kind: 'meeting', meetingId: 'm-dec' }, 'At the meeting on 3 December 2026'],
    [{ kind: 'month', month: '2027-03' }, 'In March 2027'],
    [{ kind: 'next-meeting' }, 'At the next meeting (none is scheduled yet)'],
    [{ kind: 'date', date: '2026-11-20' }, 'By 20 November 2026'],
    [{ kind: 'unspecified', note: 'later in the summer' }, 'Not said (the minutes say “later in the summer”)'],
    [{ kind: 'unspecified' }, 'Not said'],
  ])('%j', (due, words) => {
    expect(proposalDueInWords(due, meetings)).toBe(words)
  })
})

describe('a proposal’s key', () => {
  const source = { text: 'Mr Brennan circulate the figures by 20 November 2026.', start: 0, end: 53 }
  it('is the same for the same sentence read again, wherever it sits in the minutes', () => {
    expect(proposalKey({ kind: 'action', title: 'Circulate the figures', source })).toBe(proposalKey({ kind: 'action', title: 'Circulate the figures', source: { ...source, start: 120, end: 173 } }))
  })

  it('differs by kind, title and sentence, and tells apart two alike', () => {
    const action = { kind: 'action' as const, title: 'Circulate the figures', source }
    const keys = keyed([action, { ...action, kind: 'commitment' as const }, { ...action, title: 'Circulate the plan' }, { ...action, source: { ...source, text: 'Another.' } }, action]).map(({ key }) => key)
    expect(new Set(keys).size).toBe(5)
    expect(keys[0]).toBe(proposalKey(action))
  })
})
