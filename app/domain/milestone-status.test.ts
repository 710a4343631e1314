// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { completedOnAfterUpdate, milestoneFlags } from './milestone-status'

const base = { rag: 'green' as const, dueDate: '2026-11-20', baselineDueDate: null, lastUpdatedAt: '2026-11-01T10:00:00.000Z', completedOn: null, closedOn: null }
const unslipped = { slipped: false, slippedDays: 0 }

describe('milestoneFlags', () => {
  it.each([
    ['due yesterday, on track', base, '2026-11-21', { overdue: true, stale: false, completedLate: false, ...unslipped }],
    ['due today', base, '2026-11-20', { overdue: false, stale: false, completedLate: false, ...unslipped }],
    ['complete, past due', { ...base, rag: 'blue' as const, completedOn: '2026-11-19' }, '2026-12-25', { overdue: false, stale: false, completedLate: false, ...unslipped }],
    ['completed after its due date', { ...base, rag: 'blue' as const, completedOn: '2026-11-21' }, '2026-11-22', { overdue: false, stale: false, completedLate: true, ...unslipped }],
    ['31 days without an update', { ...base, dueDate: '2027-01-01' }, '2026-12-02', { overdue: false, stale: true, completedLate: false, ...unslipped }],
    ['30 days without an update', { ...base, dueDate: '2027-01-01' }, '2026-12-01', { overdue: false, stale: false, completedLate: false, ...unslipped }],
  ])('%s', (_name, milestone, today, flags) => {
    expect(milestoneFlags(milestone, 30, today)).toEqual(flags)
  })

  it.each([
    ['moved from its baseline to a later date', { dueDate: '2027-06-01', baselineDueDate: '2026-10-09' }, '2026-11-23', 235],
    ['open and past its unmoved baseline', { dueDate: '2026-10-09', baselineDueDate: '2026-10-09' }, '2026-11-23', 45],
    ['moved, and today is later still', { dueDate: '2026-11-01', baselineDueDate: '2026-10-09' }, '2026-11-23', 45],
    ['completed after its baseline', { rag: 'blue' as const, dueDate: '2026-10-09', baselineDueDate: '2026-10-09', completedOn: '2026-10-19' }, '2026-11-23', 10],
    ['completed on time, after the baseline passes', { rag: 'blue' as const, dueDate: '2026-10-09', baselineDueDate: '2026-10-09', completedOn: '2026-10-01' }, '2026-11-23', 0],
    ['brought forward', { dueDate: '2026-12-01', baselineDueDate: '2027-01-01' }, '2026-11-23', 0],
    ['in a draft plan (no baseline)', { dueDate: '2026-10-01', baselineDueDate: null }, '2026-11-23', 0],
    ['closed, with its due date past the baseline', { dueDate: '2026-12-01', baselineDueDate: '2026-11-01', closedOn: '2026-11-02' }, '2026-12-25', 30],
  ])('slipped: %s', (_name, overrides, today, days) => {
    const flags = milestoneFlags({ ...base, ...overrides }, 30, today)
    expect(flags.slippedDays).toBe(days)
    expect(flags.slipped).toBe(days > 0)
  })

  it('is neither overdue nor stale once closed', () => {
    const flags = milestoneFlags({ ...base, closedOn: '2026-11-01' }, 30, '2027-06-01')
    expect(flags).toMatchObject({ overdue: false, stale: false })
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
