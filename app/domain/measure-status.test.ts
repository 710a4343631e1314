// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  actualsOldestFirst,
  againstTarget,
  changeBetween,
  deriveMeasure,
  futureMonthProblem,
  isFutureMonth,
  latestActual,
  measureStatus,
  monthInWords,
  monthsOnTargetInARow,
  recentChange,
  recordedBy,
} from './measure-status'

const assessments = { direction: 'higher-is-better' as const, greenFrom: 90, amberFrom: 80 }
const caseloads = { direction: 'lower-is-better' as const, greenFrom: 18, amberFrom: 21 }

describe('measureStatus', () => {
  it.each([
    ['well above green', 95, 'green'],
    ['exactly at green', 90, 'green'],
    ['just under green', 89.9, 'amber'],
    ['exactly at amber', 80, 'amber'],
    ['just under amber', 79.99, 'red'],
    ['nothing at all', 0, 'red'],
  ] as const)('higher is better: %s (%d) is %s', (_name, value, status) => {
    expect(measureStatus(value, assessments)).toBe(status)
  })

  it.each([
    ['well under green', 12, 'green'],
    ['exactly at green', 18, 'green'],
    ['just over green', 18.1, 'amber'],
    ['exactly at amber', 21, 'amber'],
    ['just over amber', 21.01, 'red'],
    ['far over', 40, 'red'],
  ] as const)('lower is better (mirrored): %s (%d) is %s', (_name, value, status) => {
    expect(measureStatus(value, caseloads)).toBe(status)
  })

  it('with amber and green at one threshold, there is no amber', () => {
    const strict = { direction: 'higher-is-better' as const, greenFrom: 90, amberFrom: 90 }
    expect(measureStatus(90, strict)).toBe('green')
    expect(measureStatus(89, strict)).toBe('red')
  })

  it('works with negative values (a budget variance)', () => {
    const variance = { direction: 'higher-is-better' as const, greenFrom: 0, amberFrom: -50 }
    expect(measureStatus(-10, variance)).toBe('amber')
    expect(measureStatus(-51, variance)).toBe('red')
  })
})

describe('latest actual and the derived fields', () => {
  const actuals = [
    { month: '2026-09', value: 21.2 },
    { month: '2026-10', value: 20.6 },
    { month: '2026-08', value: 21.9 },
  ]

  it('takes the latest month, whatever the order given', () => {
    expect(latestActual(actuals)).toEqual({ month: '2026-10', value: 20.6 })
    expect(latestActual([])).toBeNull()
  })

  it('orders oldest first without changing the list given', () => {
    expect(actualsOldestFirst(actuals).map((actual) => actual.month)).toEqual(['2026-08', '2026-09', '2026-10'])
    expect(actuals[0]!.month).toBe('2026-09')
  })

  it('derives latest and status, or nulls before any actual', () => {
    expect(deriveMeasure(caseloads, actuals)).toEqual({ latest: { month: '2026-10', value: 20.6 }, status: 'amber' })
    expect(deriveMeasure(caseloads, [])).toEqual({ latest: null, status: null })
  })
})

describe('trend', () => {
  it.each([
    ['higher is better, up', 70, 75, 'higher-is-better', 'better'],
    ['higher is better, down', 75, 70, 'higher-is-better', 'worse'],
    ['lower is better, down', 22, 20, 'lower-is-better', 'better'],
    ['lower is better, up', 20, 22, 'lower-is-better', 'worse'],
    ['no change', 20, 20, 'lower-is-better', 'same'],
  ] as const)('%s is %s', (_name, previous, latest, direction, change) => {
    expect(changeBetween(previous, latest, direction)).toBe(change)
  })

  it('compares the latest month with the one recorded before it', () => {
    const actuals = [
      { month: '2026-10', value: 78 },
      { month: '2026-07', value: 76 },
      { month: '2026-09', value: 81 },
    ]
    expect(recentChange(actuals, 'higher-is-better')).toEqual({ previous: { month: '2026-09', value: 81 }, change: 'worse' })
    expect(recentChange([{ month: '2026-10', value: 78 }], 'higher-is-better')).toEqual({ previous: null, change: null })
  })

  it('says how far a value is better than the target, or short of it', () => {
    expect(againstTarget(20.6, 18, 'lower-is-better')).toEqual({ met: false, margin: -2.6 })
    expect(againstTarget(91, 90, 'higher-is-better')).toEqual({ met: true, margin: 1 })
    expect(againstTarget(90, 90, 'higher-is-better').met).toBe(true)
    expect(againstTarget(0.1 + 0.2, 0.3, 'higher-is-better')).toEqual({ met: true, margin: 0 })
  })

  it('counts the latest months in a row on target', () => {
    const actuals = [
      { month: '2026-07', value: 91 },
      { month: '2026-08', value: 88 },
      { month: '2026-09', value: 90 },
      { month: '2026-10', value: 93 },
    ]
    expect(monthsOnTargetInARow(actuals, 90, 'higher-is-better')).toBe(2)
    expect(monthsOnTargetInARow(actuals, 95, 'higher-is-better')).toBe(0)
    expect(monthsOnTargetInARow([], 90, 'higher-is-better')).toBe(0)
  })
})

describe('months', () => {
  it.each([
    ['last month', '2026-10', false],
    ['this month', '2026-11', false],
    ['next month', '2026-12', true],
    ['next year', '2027-01', true],
  ])('on 23 November 2026, %s is future: %s', (_name, month, future) => {
    expect(isFutureMonth(month, '2026-11-23')).toBe(future)
  })

  it('keeps what was recorded by a moment (the end of a meeting’s day)', () => {
    const actuals = [
      { month: '2026-09', recordedAt: '2026-10-09T09:00:00.000Z' },
      { month: '2026-10', recordedAt: '2026-11-10T09:00:00.000Z' },
    ]
    expect(recordedBy(actuals, '2026-11-09T23:59:59.999Z').map((actual) => actual.month)).toEqual(['2026-09'])
    expect(recordedBy(actuals, '2026-11-10T23:59:59.999Z')).toHaveLength(2)
  })

  it('says why a month that has not begun cannot be recorded', () => {
    expect(futureMonthProblem('2026-12', '2026-11-23')).toBe('Enter a month that has begun: November 2026 or earlier')
    expect(futureMonthProblem('2026-11', '2026-11-23')).toBeNull()
  })

  it('names a month in words', () => {
    expect(monthInWords('2026-10')).toBe('October 2026')
  })
})
