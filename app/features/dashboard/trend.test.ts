import { describe, expect, it } from 'vitest'
import type { MilestoneUpdate } from '@/contract/milestones'
import type { Rag } from '@/contract/rag'
import { aMilestoneUpdate } from '@/testing/builders'
import { rebuildTrend } from './trend'

let sequence = 0
const entry = (milestoneId: string, at: string, fromRag: Rag | null, rag: Rag, extra: Partial<MilestoneUpdate> = {}): MilestoneUpdate =>
  aMilestoneUpdate({ id: `u${(sequence += 1)}`, milestoneId, kind: fromRag === null ? 'created' : 'status', at: `${at}T10:00:00.000Z`, fromRag, rag, changes: [], ...extra })

describe('the trend rebuilt from the history', () => {
  const milestones = [
    { id: 'a', createdAt: '2026-08-01T10:00:00.000Z', dueDate: '2026-12-31', closedOn: null, signOff: null },
    { id: 'b', createdAt: '2026-08-01T10:00:00.000Z', dueDate: '2026-10-15', closedOn: null, signOff: null },
    { id: 'c', createdAt: '2026-10-20T10:00:00.000Z', dueDate: '2027-03-31', closedOn: null, signOff: null },
  ]
  const updates = [
    entry('a', '2026-08-01', null, 'not-started'),
    entry('b', '2026-08-01', null, 'not-started'),
    entry('a', '2026-08-15', 'not-started', 'green'),
    entry('b', '2026-09-10', 'not-started', 'amber'),
    entry('a', '2026-10-05', 'green', 'red'),
    entry('c', '2026-10-20', null, 'not-started'),
    entry('b', '2026-11-02', 'amber', 'blue'),
    // A's due date was revised on 10 November from 30 September to 31 December.
    entry('a', '2026-11-10', 'red', 'amber', { revisedDueDate: '2026-12-31', changes: [{ field: 'dueDate', from: '2026-09-30', to: '2026-12-31' }] }),
  ]
  const trend = rebuildTrend(milestones, updates, '2026-11-23', 5)

  it('has a point at the end of each earlier month and one for today', () => {
    expect(trend.map((point) => [point.date, point.label])).toEqual([
      ['2026-07-31', 'July 2026'],
      ['2026-08-31', 'August 2026'],
      ['2026-09-30', 'September 2026'],
      ['2026-10-31', 'October 2026'],
      ['2026-11-23', 'Today'],
    ])
  })

  it('counts each status as it was at each point', () => {
    expect(trend.map((point) => point.counts)).toEqual([
      { 'not-started': 0, green: 0, amber: 0, red: 0, blue: 0, 'awaiting-sign-off': 0 },
      { 'not-started': 1, green: 1, amber: 0, red: 0, blue: 0, 'awaiting-sign-off': 0 },
      { 'not-started': 0, green: 1, amber: 1, red: 0, blue: 0, 'awaiting-sign-off': 0 },
      { 'not-started': 1, green: 0, amber: 1, red: 1, blue: 0, 'awaiting-sign-off': 0 },
      { 'not-started': 1, green: 0, amber: 1, red: 0, blue: 1, 'awaiting-sign-off': 0 },
    ])
    expect(trend.map((point) => point.total)).toEqual([0, 2, 2, 3, 3])
  })

  it('counts overdue by the due date each milestone had then', () => {
    // End of October: B (due 15 October) is amber and overdue; A was then due 30 September, red: overdue too.
    // Today: B is complete, A's date was moved to 31 December: nothing overdue.
    expect(trend.map((point) => point.overdue)).toEqual([0, 0, 0, 2, 0])
  })
})

describe('completion sign-off and closing in the trend', () => {
  const created = (id: string) => entry(id, '2026-08-01', null, 'not-started')
  const milestone = (id: string, extra: { signOff?: 'awaiting' | 'signed-off' | null; closedOn?: string | null } = {}) => ({
    id,
    createdAt: '2026-08-01T10:00:00.000Z',
    dueDate: '2026-12-31',
    closedOn: null,
    signOff: null,
    ...extra,
  })

  it('counts a completion as complete only from its sign-off; until then it is awaiting sign-off', () => {
    const updates = [
      created('s'),
      entry('s', '2026-09-10', 'not-started', 'green'),
      entry('s', '2026-10-10', 'green', 'blue'),
      entry('s', '2026-11-05', 'blue', 'blue', { kind: 'signed-off' }),
      created('w'),
      entry('w', '2026-11-10', 'not-started', 'blue'),
    ]
    const trend = rebuildTrend([milestone('s', { signOff: 'signed-off' }), milestone('w', { signOff: 'awaiting' })], updates, '2026-11-23', 3)
    expect(trend.map((point) => [point.counts.blue, point.counts['awaiting-sign-off']])).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
    ])
  })

  it('counts history from before sign-off was recorded as signed off, and a completion sent back as its status then', () => {
    const updates = [created('legacy'), entry('legacy', '2026-10-10', 'not-started', 'blue'), created('back'), entry('back', '2026-10-10', 'amber', 'blue'), entry('back', '2026-11-10', 'blue', 'amber', { kind: 'sent-back' }), entry('back', '2026-11-12', 'amber', 'blue')]
    const trend = rebuildTrend([milestone('legacy', { signOff: 'signed-off' }), milestone('back', { signOff: 'awaiting' })], updates, '2026-11-23', 2)
    expect(trend.map((point) => [point.counts.blue, point.counts['awaiting-sign-off'], point.counts.amber])).toEqual([
      [1, 1, 0],
      [1, 1, 0],
    ])
  })

  it('stops counting a milestone once it is closed', () => {
    const updates = [created('c'), entry('c', '2026-09-10', 'not-started', 'red')]
    const trend = rebuildTrend([milestone('c', { closedOn: '2026-11-01' })], updates, '2026-11-23', 2)
    expect(trend.map((point) => [point.counts.red, point.total])).toEqual([
      [1, 1],
      [0, 0],
    ])
  })
})
