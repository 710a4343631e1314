import { format, parseISO } from 'date-fns'
import type { MeasureChange, MeasureDirection, MeasureStatus } from '@/contract/measures'
import { monthOf } from './today'

/**
 * How a performance measure reads: its latest actual against its thresholds, and which way it
 * is going. The API adds `latest` and `status` to every measure it answers from here, and the
 * pages draw the chart and the trend from the same rules.
 */
export interface Thresholds {
  direction: MeasureDirection
  /** At or better than this, green. */
  greenFrom: number
  /** At or better than this (and worse than green), amber; worse, red. */
  amberFrom: number
}

type MonthValue = { month: string; value: number }

/** Whether `value` is at `bound` or on its better side, the way this measure is read. */
export function atOrBetter(value: number, bound: number, direction: MeasureDirection): boolean {
  return direction === 'higher-is-better' ? value >= bound : value <= bound
}

/** A value's status: at or better than green's threshold, green; else at or better than amber's, amber; else red. */
export function measureStatus(value: number, thresholds: Thresholds): MeasureStatus {
  if (atOrBetter(value, thresholds.greenFrom, thresholds.direction)) return 'green'
  if (atOrBetter(value, thresholds.amberFrom, thresholds.direction)) return 'amber'
  return 'red'
}

/** Actuals oldest month first (one per month; a copy, the argument is left as it is). */
export function actualsOldestFirst<A extends { month: string }>(actuals: readonly A[]): A[] {
  return [...actuals].sort((a, b) => a.month.localeCompare(b.month))
}

/** The actual of the latest month, or null when none is recorded. */
export function latestActual<A extends { month: string }>(actuals: readonly A[]): A | null {
  return actuals.reduce<A | null>((latest, actual) => (latest === null || actual.month > latest.month ? actual : latest), null)
}

/** The fields the API derives for a measure: its latest actual and that actual's status. */
export function deriveMeasure(thresholds: Thresholds, actuals: readonly MonthValue[]): { latest: MonthValue | null; status: MeasureStatus | null } {
  const latest = latestActual(actuals)
  return latest ? { latest: { month: latest.month, value: latest.value }, status: measureStatus(latest.value, thresholds) } : { latest: null, status: null }
}

/** Which way a measure moved from one value to the next, in its own terms (lower caseloads are better). */
export function changeBetween(previous: number, latest: number, direction: MeasureDirection): MeasureChange {
  if (latest === previous) return 'same'
  return (latest > previous) === (direction === 'higher-is-better') ? 'better' : 'worse'
}

/** The latest actual, the one before it (the previous recorded month), and the change between them. */
export function recentChange(actuals: readonly MonthValue[], direction: MeasureDirection): { previous: MonthValue | null; change: MeasureChange | null } {
  const ordered = actualsOldestFirst(actuals)
  const latest = ordered.at(-1)
  const previous = ordered.at(-2)
  if (!latest || !previous) return { previous: null, change: null }
  return { previous: { month: previous.month, value: previous.value }, change: changeBetween(previous.value, latest.value, direction) }
}

/** A value against the target: met (at or better), and by how much it is better (positive) or short (negative). */
export function againstTarget(value: number, target: number, direction: MeasureDirection): { met: boolean; margin: number } {
  const margin = direction === 'higher-is-better' ? value - target : target - value
  // Rounded so that 0.1 + 0.2 against 0.3 reads as met, not as a shortfall of 0.00000000000000004.
  const rounded = Math.round(margin * 1e6) / 1e6
  return { met: rounded >= 0, margin: rounded }
}

/** How many of the latest months in a row met the target (a run the board likes to hear about). */
export function monthsOnTargetInARow(actuals: readonly MonthValue[], target: number, direction: MeasureDirection): number {
  let run = 0
  for (const actual of actualsOldestFirst(actuals).reverse()) {
    if (!againstTarget(actual.value, target, direction).met) break
    run += 1
  }
  return run
}

/** A month that has not begun yet on `today` (England's date) cannot have an actual. The current month may. */
export function isFutureMonth(month: string, today: string): boolean {
  return month > monthOf(today)
}

/** Why a month cannot have an actual yet, or null when it can: the API and the form say the same. */
export function futureMonthProblem(month: string, today: string): string | null {
  return isFutureMonth(month, today) ? `Enter a month that has begun: ${monthInWords(monthOf(today))} or earlier` : null
}

/** What was known at a moment: actuals recorded by then (the meeting pack, as at the end of the meeting's day). */
export function recordedBy<A extends { recordedAt: string }>(actuals: readonly A[], instant: string): A[] {
  return actuals.filter((actual) => actual.recordedAt <= instant)
}

/** "October 2026": how a month is named in messages from the API and on the pages. */
export function monthInWords(month: string): string {
  return format(parseISO(`${month}-01`), 'MMMM yyyy')
}
