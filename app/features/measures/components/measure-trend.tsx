import type { Measure, MeasureActual } from '@/contract/measures'
import { measureStatusLabels } from '@/contract/measure-words'
import type { Person } from '@/contract/people'
import { measureStatus, monthsOnTargetInARow } from '@/domain/measure-status'
import { formatMonth } from '@/lib/dates'
import { marginInWords, targetInWords, valueWithUnit } from '../format'
import { ActualsTable } from './actuals-table'
import { MeasureTrendChart, StatusMark } from './measure-trend-chart'

interface MeasureTrendProps {
  measure: Measure
  /** Oldest first. */
  actuals: MeasureActual[]
  people: Person[]
  canCorrect: boolean
}

/** What the chart shows, in sentences: read before the picture, and the picture's own description. */
export function trendSummary(measure: Measure, actuals: MeasureActual[]): string {
  const first = actuals[0]
  const last = actuals.at(-1)
  if (!first || !last) return `No month has been recorded yet. The target is ${targetInWords(measure).toLowerCase()}.`
  const value = (actual: MeasureActual) => valueWithUnit(actual.value, measure.unit)
  const sentences = [
    actuals.length === 1
      ? `${formatMonth(last.month)} is the only month recorded: ${value(last)}, against a target of ${targetInWords(measure).toLowerCase()}.`
      : `From ${formatMonth(first.month)} to ${formatMonth(last.month)} the value went from ${value(first)} to ${value(last)}, against a target of ${targetInWords(measure).toLowerCase()}.`,
    `${formatMonth(last.month)} is ${measureStatusLabels[measureStatus(last.value, measure)].toLowerCase()}: ${marginInWords(last.value, measure).toLowerCase()}.`,
  ]
  const run = monthsOnTargetInARow(actuals, measure.target, measure.direction)
  if (run > 1) sentences.push(`It has met the target for the last ${run} months.`)
  return sentences.join(' ')
}

/** The trend against the target: a summary, the chart with its key, and the same figures as a table. */
export function MeasureTrend({ measure, actuals, people, canCorrect }: MeasureTrendProps) {
  const summary = trendSummary(measure, actuals)
  return (
    <figure className="app-chart" aria-labelledby="trend-title" aria-describedby="trend-summary">
      <h2 className="govuk-heading-m" id="trend-title">
        Trend against the target
      </h2>
      <p className="govuk-body" id="trend-summary">
        {summary}
      </p>
      {actuals.length === 0 ? null : (
        <>
          <ul className="app-chart-legend" aria-label="Key">
            {(['green', 'amber', 'red'] as const).map((status) => (
              <li key={status}>
                <svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
                  <StatusMark status={status} />
                </svg>
                {measureStatusLabels[status]}
              </li>
            ))}
            <li>
              <svg width="28" height="20" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
                <line x1="0" x2="28" y1="10" y2="10" stroke="#0b0c0c" strokeWidth="2" strokeDasharray="8 5" />
              </svg>
              Target
            </li>
          </ul>
          <p className="govuk-body-s">Shaded bands show the values that are on, near and off target.</p>
          <MeasureTrendChart id="trend" measure={measure} actuals={actuals} title={`${measure.name}: each month against the target`} description={summary} />
          <ActualsTable measure={measure} actuals={actuals} people={people} canCorrect={canCorrect} />
        </>
      )}
    </figure>
  )
}
