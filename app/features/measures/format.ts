import type { Measure } from '@/contract/measures'
import { measureChangeLabels, type MeasureChange } from '@/contract/measure-words'
import { againstTarget } from '@/domain/measure-status'
import { formatMonth } from '@/lib/dates'
import { byCount } from '@/lib/plural'

/** How a measure's figures read on the page: the number, its unit, and its thresholds in words. */
type Reading = Pick<Measure, 'unit' | 'direction' | 'target' | 'greenFrom' | 'amberFrom'>

const figures = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 })

/** "1,234.5": up to three decimal places, as entered. */
export function formatFigure(value: number): string {
  return figures.format(value)
}

/** "78%", or "20.6 children per social worker". */
export function valueWithUnit(value: number, unit: string): string {
  return unit === '%' ? `${formatFigure(value)}%` : `${formatFigure(value)} ${unit}`
}

/** "78%", or "20.6": for a chart's labels, where the unit is said once elsewhere. */
export function compactValue(value: number, unit: string): string {
  return unit === '%' ? `${formatFigure(value)}%` : formatFigure(value)
}

/** A difference between two values: "12 percentage points", "2.6 children per social worker". */
export function differenceWithUnit(value: number, unit: string): string {
  return unit === '%' ? `${formatFigure(value)} percentage ${byCount(value, 'point', 'points')}` : valueWithUnit(value, unit)
}

/** "At least 90%" or "At most 18 children per social worker". */
export function targetInWords(measure: Reading): string {
  return `${measure.direction === 'higher-is-better' ? 'At least' : 'At most'} ${valueWithUnit(measure.target, measure.unit)}`
}

/** Where each status starts, in words, for the summary and the legend of one measure. */
export function thresholdsInWords(measure: Reading): { green: string; amber: string | null; red: string } {
  const green = valueWithUnit(measure.greenFrom, measure.unit)
  const amber = valueWithUnit(measure.amberFrom, measure.unit)
  const higher = measure.direction === 'higher-is-better'
  return {
    green: higher ? `${green} or more` : `${green} or less`,
    amber: measure.amberFrom === measure.greenFrom ? null : higher ? `${amber} up to just under ${green}` : `over ${green}, up to ${amber}`,
    red: higher ? `below ${amber}` : `over ${amber}`,
  }
}

/** "12 percentage points below the target", "At the target"; `compact` leaves out a unit other than % (a table's heading names it). */
export function marginInWords(value: number, measure: Reading, { compact = false } = {}): string {
  const { margin } = againstTarget(value, measure.target, measure.direction)
  if (margin === 0) return 'At the target'
  const above = (margin > 0) === (measure.direction === 'higher-is-better')
  const size = compact && measure.unit !== '%' ? formatFigure(Math.abs(margin)) : differenceWithUnit(Math.abs(margin), measure.unit)
  return `${size} ${above ? 'above' : 'below'} the target`
}

/** "Better than September 2026 (81%)". */
export function changeInWords(change: MeasureChange, previous: { month: string; value: number }, unit: string): string {
  const since = `${formatMonth(previous.month)} (${valueWithUnit(previous.value, unit)})`
  return change === 'same' ? `${measureChangeLabels.same} since ${since}` : `${measureChangeLabels[change]} than ${since}`
}

/** What a person types as a figure: commas, spaces and a trailing % are dropped; text that is not a number is sent as it is, for the contract to word. */
export function parseFigure(text: string): number | string | undefined {
  const cleaned = text.trim().replace(/[,\s]/g, '').replace(/%$/, '')
  if (cleaned === '') return undefined
  const value = Number(cleaned)
  return Number.isFinite(value) && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned) ? value : text
}
