// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { isLegalTransition, isReportLate } from './report-status'

describe('isReportLate', () => {
  const meeting = { papersDeadline: '2026-12-02' }
  it.each([
    ['owed, deadline passed', { status: 'requested' as const, dueMonth: null }, meeting, '2026-12-03', true],
    ['owed, deadline today', { status: 'in-preparation' as const, dueMonth: null }, meeting, '2026-12-02', false],
    ['submitted in time', { status: 'submitted' as const, dueMonth: null }, meeting, '2026-12-03', false],
    ['deferred and owed', { status: 'deferred' as const, dueMonth: null }, meeting, '2026-12-03', true],
    ['due in a past month, no meeting', { status: 'requested' as const, dueMonth: '2026-10' }, undefined, '2026-11-01', true],
    ['due this month, no meeting', { status: 'requested' as const, dueMonth: '2026-11' }, undefined, '2026-11-30', false],
    ['due at the next meeting, none scheduled', { status: 'requested' as const, dueMonth: null }, undefined, '2030-01-01', false],
  ])('%s', (_name, report, dueMeeting, today, late) => {
    expect(isReportLate(report, dueMeeting, today)).toBe(late)
  })
})

describe('isLegalTransition', () => {
  it('a considered or withdrawn report moves no more', () => {
    expect(isLegalTransition('considered', 'submitted')).toBe(false)
    expect(isLegalTransition('withdrawn', 'requested')).toBe(false)
    expect(isLegalTransition('submitted', 'considered')).toBe(true)
  })
})
