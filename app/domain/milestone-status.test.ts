// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { completedOnAfterUpdate, milestoneFlags } from './milestone-status'

const base = { rag: 'green' as const, dueDate: '2026-11-20', lastUpdatedAt: '2026-11-01T10:00:00.000Z', completedOn: null }

describe('milestoneFlags', () => {
  it.each([
    ['due yesterday, on track', base, '2026-11-21', { overdue: true, stale: false, completedLate: false }],
    ['due today', base, '2026-11-20', { overdue: false, stale: false, completedLate: false }],
    ['complete, past due', { ...base, rag: 'blue' as const, completedOn: '2026-11-19' }, '2026-12-25', { overdue: false, stale: false, completedLate: false }],
    ['completed after its due date', { ...base, rag: 'blue' as const, completedOn: '2026-11-21' }, '2026-11-22', { overdue: false, stale: false, completedLate: true }],
    ['31 days without an update', { ...base, dueDate: '2027-01-01' }, '2026-12-02', { overdue: false, stale: true, completedLate: false }],
    ['30 days without an update', { ...base, dueDate: '2027-01-01' }, '2026-12-01', { overdue: false, stale: false, completedLate: false }],
  ])('%s', (_name, milestone, today, flags) => {
    expect(milestoneFlags(milestone, 30, today)).toEqual(flags)
  })

  it('counts an update made late in a summer evening on London’s date', () => {
    // 23:30 UTC on 31 July is 1 August in London: 30 days later is not yet stale.
    const milestone = { ...base, dueDate: '2027-01-01', lastUpdatedAt: '2026-07-31T23:30:00.000Z' }
    expect(milestoneFlags(milestone, 30, '2026-08-31').stale).toBe(false)
    expect(milestoneFlags(milestone, 30, '2026-09-01').stale).toBe(true)
  })
})

describe('completedOnAfterUpdate', () => {
  it('is today when first made complete, kept when already complete, cleared otherwise', () => {
    expect(completedOnAfterUpdate({ rag: 'green', completedOn: null }, 'blue', '2026-11-23')).toBe('2026-11-23')
    expect(completedOnAfterUpdate({ rag: 'blue', completedOn: '2026-10-01' }, 'blue', '2026-11-23')).toBe('2026-10-01')
    expect(completedOnAfterUpdate({ rag: 'blue', completedOn: '2026-10-01' }, 'amber', '2026-11-23')).toBeNull()
  })
})
