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
    { id: 'a', createdAt: '2026-08-01T10:00:00.000Z', dueDate: '2026-12-31', closedOn: null },
    { id: 'b', createdAt: '2026-08-01T10:00:00.000Z', dueDate: '2026-10-15', closedOn: null },
    { id: 'c', createdAt: '2026-10-20T10:00:00.000Z', dueDate: '2027-03-31', closedOn: null },
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
      { 'not-started': 0, green: 0, amber: 0, red: 0, blue: 0 },
      { 'not-started': 1, green: 1, amber: 0, red: 0, blue: 0 },
      { 'not-started': 0, green: 1, amber: 1, red: 0, blue: 0 },
      { 'not-started': 1, green: 0, amber: 1, red: 1, blue: 0 },
      { 'not-started': 1, green: 0, amber: 1, red: 0, blue: 1 },
    ])
    expect(trend.map((point) => point.total)).toEqual([0, 2, 2, 3, 3])
  })

  it('counts overdue by the due date each milestone had then', () => {
    // End of October: B (due 15 October) is amber and overdue; A was then due 30 September, red: overdue too.
    // Today: B is complete, A's date was moved to 31 December: nothing overdue.
    expect(trend.map((point) => point.overdue)).toEqual([0, 0, 0, 2, 0])
  })
})
