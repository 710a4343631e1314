import { describe, expect, it } from 'vitest'
import type { StoredMilestone, StoredReport } from '@/contract/stored'
import { aStoredMeeting, aStoredMilestone, aStoredReport } from '@/testing/builders'
import { toMeeting, toMilestone, toReport } from './derive'

const now = new Date('2026-11-23T12:00:00')

/** Green, due Tuesday 1 December 2026, last updated three days before `now`. */
const milestone = (overrides: Partial<StoredMilestone>): StoredMilestone =>
  aStoredMilestone({ rag: 'green', dueDate: '2026-12-01', lastUpdatedAt: '2026-11-20T10:00:00.000Z', completedOn: null, ...overrides })

describe('milestone flags', () => {
  it.each([
    ['green, due next week', {}, { overdue: false, stale: false, completedLate: false }],
    ['green but past its due date', { dueDate: '2026-11-22' }, { overdue: true, stale: false, completedLate: false }],
    ['due today is not yet overdue', { dueDate: '2026-11-23' }, { overdue: false, stale: false, completedLate: false }],
    ['no update for 31 days', { lastUpdatedAt: '2026-10-23T09:00:00.000Z' }, { overdue: false, stale: true, completedLate: false }],
    ['no update for exactly 30 days', { lastUpdatedAt: '2026-10-24T09:00:00.000Z' }, { overdue: false, stale: false, completedLate: false }],
    ['complete after its due date', { rag: 'blue', dueDate: '2026-10-01', completedOn: '2026-10-05', lastUpdatedAt: '2026-10-05T10:00:00.000Z' }, { overdue: false, stale: false, completedLate: true }],
    ['complete on time, long ago', { rag: 'blue', dueDate: '2026-03-01', completedOn: '2026-02-20', lastUpdatedAt: '2026-02-20T10:00:00.000Z' }, { overdue: false, stale: false, completedLate: false }],
  ] as const)('%s', (_name, overrides, expected) => {
    const result = toMilestone(milestone(overrides), 30, null, now)
    expect({ overdue: result.overdue, stale: result.stale, completedLate: result.completedLate }).toEqual(expected)
  })
})

describe('report lateness', () => {
  /** In preparation, due at meeting m. */
  const report = (overrides: Partial<StoredReport>): StoredReport =>
    aStoredReport({ status: 'in-preparation', dueMeetingId: 'm', dueMonth: null, dueNextMeeting: false, ...overrides })
  const meeting = (date: string) => toMeeting(aStoredMeeting({ id: 'm', date, status: 'scheduled' }), { papersLeadDays: 5 })

  it('is late once the papers deadline has passed and it is not submitted', () => {
    // A meeting on Tuesday 1 December 2026 has its papers deadline today, Monday 23 November.
    expect(toReport(report({}), meeting('2026-12-01'), now).overdue).toBe(false)
    expect(toReport(report({}), meeting('2026-11-30'), now).overdue).toBe(true)
  })
  it('is not late once submitted', () => {
    expect(toReport(report({ status: 'submitted' }), meeting('2026-11-30'), now).overdue).toBe(false)
  })
  it('is late after its due month with no meeting', () => {
    expect(toReport(report({ dueMeetingId: null, dueMonth: '2026-10' }), undefined, now).overdue).toBe(true)
    expect(toReport(report({ dueMeetingId: null, dueMonth: '2026-11' }), undefined, now).overdue).toBe(false)
  })
})
