import { Link } from 'react-router'
import { CellLabel } from '@/components/stacked-table'
import type { Measure, MeasureActual } from '@/contract/measures'
import type { Person } from '@/contract/people'
import { measureStatus } from '@/domain/measure-status'
import { todayIso } from '@/domain/today'
import { formatDate, formatMonth } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { compactValue, marginInWords, valueWithUnit } from '../format'
import { MeasureStatusTag } from './measure-status-tag'

interface ActualsTableProps {
  measure: Measure
  /** Oldest first, as the chart draws them. */
  actuals: MeasureActual[]
  people: Person[]
  /** Offers "Correct" on each month, for the owner and the board's chair. */
  canCorrect: boolean
}

/** England's date of an instant, in words. */
const dayOf = (instant: string) => formatDate(todayIso(new Date(instant)))

/** The chart's figures: each month's value, status, distance from the target, note, and who recorded (and corrected) it. */
export function ActualsTable({ measure, actuals, people, canCorrect }: ActualsTableProps) {
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  return (
    <div className="app-table-scroll" role="region" aria-label="Each month’s actual" tabIndex={0}>
      <table className="govuk-table app-actuals-table app-stacked-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Each month’s actual, oldest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Month</th>
            <th scope="col" className="govuk-table__header">{measure.unit === '%' ? 'Value' : `Value (${measure.unit})`}</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Against the target</th>
            <th scope="col" className="govuk-table__header">Note and who recorded it</th>
            {canCorrect ? (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {actuals.map((actual) => (
            <tr className="govuk-table__row" key={actual.id}>
              <th scope="row" className="govuk-table__header">{formatMonth(actual.month)}</th>
              <td className="govuk-table__cell"><CellLabel>{measure.unit === '%' ? 'Value' : `Value (${measure.unit})`}</CellLabel>{compactValue(actual.value, measure.unit)}</td>
              <td className="govuk-table__cell"><CellLabel>Status</CellLabel>
                <MeasureStatusTag status={measureStatus(actual.value, measure)} />
              </td>
              <td className="govuk-table__cell"><CellLabel>Against the target</CellLabel>{marginInWords(actual.value, measure, { compact: true })}</td>
              <td className="govuk-table__cell"><CellLabel>Note and who recorded it</CellLabel>
                {actual.note ? <span className="govuk-!-display-block app-pre-wrap">{actual.note}</span> : null}
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text">
                  Recorded by {name(actual.recordedById)} on {dayOf(actual.recordedAt)}.
                </span>
                {actual.corrections.map((correction) => (
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text" key={correction.at}>
                    Corrected by {name(correction.byId)} on {dayOf(correction.at)}: it was {valueWithUnit(correction.value, measure.unit)}.
                  </span>
                ))}
              </td>
              {canCorrect ? (
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={pageUrls.measure(measure.id, { correct: actual.month })}>
                    Correct<span className="govuk-visually-hidden"> {formatMonth(actual.month)}</span>
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
