import { describe, expect, it } from 'vitest'
import { isBusinessOf, othersThatDay, schedulingWarnings, seriesDates, warningsForDate } from './scheduling'

describe('scheduling warnings', () => {
  it('say when a meeting falls on Christmas Day, a weekend or the day of another of the board’s meetings', () => {
    expect(schedulingWarnings('2026-12-25', 0)).toEqual([{ kind: 'bank-holiday', message: 'Friday 25 December 2026 is a bank holiday (Christmas Day).' }])
    expect(schedulingWarnings('2026-12-26', 0).map((warning) => warning.kind)).toEqual(['weekend'])
    expect(schedulingWarnings('2026-12-10', 1)).toEqual([{ kind: 'same-day', message: 'The board already has a meeting on Thursday 10 December 2026.' }])
    expect(schedulingWarnings('2026-12-10', 0)).toEqual([])
  })
})

describe('a series of meetings', () => {
  it('every 4 weeks on a Thursday, 10 meetings, each on a working day, saying which moved off a bank holiday', () => {
    const dates = seriesDates('2026-11-05', 4, 10)
    expect(dates).toHaveLength(10)
    expect(dates[0]).toEqual({ date: '2026-11-05', movedFrom: null })
    expect(dates.every((each) => each.movedFrom === null || each.movedFrom < each.date)).toBe(true)
  })

  it('moves a meeting that would fall on a bank holiday to the next working day', () => {
    // Every 4 weeks on a Monday from 27 April 2026 reaches Monday 25 May (the spring bank holiday).
    const dates = seriesDates('2026-04-27', 4, 3)
    expect(dates.map((each) => each.date)).toEqual(['2026-04-27', '2026-05-26', '2026-06-22'])
    expect(dates[1]?.movedFrom).toBe('2026-05-25')
  })
})

describe('the warnings a date would get among the board’s meetings', () => {
  const board = [
    { id: 'a', boardId: 'b', date: '2026-12-10', status: 'scheduled' },
    { id: 'c', boardId: 'b', date: '2026-12-17', status: 'cancelled' },
  ]

  it('count the board’s other meetings that day, not a cancelled one, nor the meeting being moved', () => {
    expect(warningsForDate('2026-12-10', board, { boardId: 'b' }).map((warning) => warning.kind)).toEqual(['same-day'])
    expect(warningsForDate('2026-12-10', board, { id: 'a', boardId: 'b' })).toEqual([])
    expect(warningsForDate('2026-12-17', board, { boardId: 'b' })).toEqual([])
    expect(warningsForDate('2026-12-25', board, { id: 'a', boardId: 'b' })).toEqual([{ kind: 'bank-holiday', message: 'Friday 25 December 2026 is a bank holiday (Christmas Day).' }])
  })

  it('agree with the count the API answers with', () => {
    const others = othersThatDay([...board, { id: 'd', boardId: 'b', date: '2026-12-10', status: 'scheduled' }])
    expect(others({ id: 'a', boardId: 'b', date: '2026-12-10', status: 'scheduled' })).toBe(1)
    expect(others({ id: 'c', boardId: 'b', date: '2026-12-17', status: 'cancelled' })).toBe(0)
  })
})

describe('a meeting’s business', () => {
  it('is its open reports due and the open actions due by it', () => {
    expect(isBusinessOf.report({ dueMeetingId: 'm', status: 'requested' }, 'm')).toBe(true)
    expect(isBusinessOf.report({ dueMeetingId: 'm', status: 'deferred' }, 'm')).toBe(true)
    expect(isBusinessOf.report({ dueMeetingId: 'm', status: 'submitted' }, 'm')).toBe(false)
    expect(isBusinessOf.report({ dueMeetingId: 'other', status: 'requested' }, 'm')).toBe(false)
    expect(isBusinessOf.action({ status: 'open', due: { kind: 'meeting', meetingId: 'm' } }, 'm')).toBe(true)
    expect(isBusinessOf.action({ status: 'done', due: { kind: 'meeting', meetingId: 'm' } }, 'm')).toBe(false)
    expect(isBusinessOf.action({ status: 'open', due: { kind: 'date' } }, 'm')).toBe(false)
  })
})
