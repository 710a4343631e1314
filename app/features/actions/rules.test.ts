import { describe, expect, it } from 'vitest'
import type { Action } from '@/contract/actions'
import { actionFilterFrom, actionState, countActions, dueInWords, filterActions, ownerInWords } from './rules'

const action = (id: string, overrides: Partial<Action> = {}): Action => ({
  id,
  boardId: 'board-1',
  meetingId: 'meeting-1',
  agendaItemId: null,
  what: `Action ${id}`,
  ownerId: 'p-1',
  ownerName: null,
  due: { kind: 'none' },
  status: 'open',
  note: null,
  createdAt: '2026-11-05T16:00:00.000Z',
  createdById: 'p-chair',
  doneAt: null,
  doneById: null,
  overdue: false,
  dueBy: null,
  version: 1,
  ...overrides,
})

const log = [action('open'), action('overdue', { overdue: true }), action('done', { status: 'done' })]

describe('an action’s state', () => {
  it('is done, overdue (open and past its date) or open', () => {
    expect(log.map(actionState)).toEqual(['open', 'overdue', 'done'])
  })
})

describe('the action log’s filters', () => {
  it.each([
    [null, ['open', 'overdue', 'done']],
    ['open', ['open', 'overdue']],
    ['overdue', ['overdue']],
    ['done', ['done']],
  ] as const)('%s keeps %j', (filter, ids) => {
    expect(filterActions(log, filter).map((found) => found.id)).toEqual(ids)
  })

  it('counts each filter, and reads only known filters from the URL', () => {
    expect(countActions(log)).toEqual({ all: 3, open: 2, overdue: 1, done: 1 })
    expect(actionFilterFrom('overdue')).toBe('overdue')
    expect(actionFilterFrom('late')).toBeNull()
    expect(actionFilterFrom(null)).toBeNull()
  })
})

describe('an action in words', () => {
  it('says when it is due: a date, a meeting’s date, or not set', () => {
    expect(dueInWords({ due: { kind: 'date', date: '2026-12-10' }, dueBy: '2026-12-10' })).toBe('By 10 December 2026')
    expect(dueInWords({ due: { kind: 'meeting', meetingId: 'meeting-2' }, dueBy: '2026-12-03' })).toBe('By the meeting on 3 December 2026')
    expect(dueInWords({ due: { kind: 'none' }, dueBy: null })).toBe('Not set')
  })

  it('names its owner: a person by name, or as the minutes wrote it', () => {
    const people = [{ id: 'p-1', name: 'Mark Ellison' }]
    expect(ownerInWords({ ownerId: 'p-1', ownerName: null }, people)).toBe('Mark Ellison')
    expect(ownerInWords({ ownerId: null, ownerName: 'The corporate complaints team' }, people)).toBe('The corporate complaints team')
  })
})
