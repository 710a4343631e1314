// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { ReportStatus } from '@/contract/reports'
import { isLegalTransition, isReportLate, openDuplicateOf } from './report-status'

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

describe('openDuplicateOf: a request repeating one still open', () => {
  const report = (id: string, title: string, status: ReportStatus, requestedByBoardId = 'board-a') => ({ id, title, status, requestedByBoardId })
  const reports = [
    report('r-1', 'Social worker recruitment & retention strategy', 'in-preparation'),
    report('r-2', 'Annual safeguarding report', 'submitted'),
    report('r-3', 'Care leavers’ offer', 'requested', 'board-b'),
  ]

  it.each([
    ['social worker  recruitment and retention strategy', 'r-1'],
    ['Social-worker recruitment & retention strategy!', 'r-1'],
    ['  SOCIAL WORKER RECRUITMENT AND RETENTION STRATEGY. ', 'r-1'],
    ['Social worker recruitment strategy', undefined],
    ['Annual safeguarding report', undefined],
    ['Care leavers’ offer', undefined],
    ['', undefined],
  ])('%j matches %s on board-a', (title, id) => {
    expect(openDuplicateOf({ title, requestedByBoardId: 'board-a' }, reports)?.id).toBe(id)
  })

  it('counts requested, in preparation and deferred as open', () => {
    for (const status of ['requested', 'in-preparation', 'deferred'] as const) {
      expect(openDuplicateOf({ title: 'X', requestedByBoardId: 'b' }, [report('r', 'x', status, 'b')])?.id).toBe('r')
    }
    for (const status of ['submitted', 'considered', 'withdrawn'] as const) {
      expect(openDuplicateOf({ title: 'X', requestedByBoardId: 'b' }, [report('r', 'x', status, 'b')])).toBeUndefined()
    }
  })
})
