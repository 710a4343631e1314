import { Link } from 'react-router'
import { CellLabel } from '@/components/stacked-table'
import type { Measure, MeasureChange } from '@/contract/measures'
import type { Theme } from '@/contract/plans'
import { formatMonth } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { changeInWords, targetInWords, valueWithUnit } from '../format'
import { MeasureStatusTag } from './measure-status-tag'

/** A measure as listed: with, in a meeting pack, the month before and which way it moved. */
type ListedMeasure = Measure & { previous?: { month: string; value: number } | null; change?: MeasureChange | null }

interface MeasuresTableProps {
  caption: string
  hideCaption?: boolean
  measures: ListedMeasure[]
  /** Names each measure's theme under its name. */
  themes?: Theme[]
  /** Adds a column saying which way each moved since the month before. */
  showChange?: boolean
}

/** Each measure's latest value with its unit and month, its target and its status in words, and a link to it. */
export function MeasuresTable({ caption, hideCaption = false, measures, themes, showChange = false }: MeasuresTableProps) {
  return (
    <table className="govuk-table app-measures-table app-stacked-table">
      <caption className={hideCaption ? 'govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--s'}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Measure</th>
          <th scope="col" className="govuk-table__header">Latest</th>
          <th scope="col" className="govuk-table__header">Target</th>
          <th scope="col" className="govuk-table__header">Status</th>
          {showChange ? <th scope="col" className="govuk-table__header">Since the month before</th> : null}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {measures.map((measure) => {
          const theme = themes?.find((candidate) => candidate.id === measure.themeId)
          return (
            <tr className="govuk-table__row" key={measure.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={pageUrls.measure(measure.id)}>
                  {measure.name}
                </Link>
                {theme ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text">{theme.title}</span> : null}
              </th>
              <td className="govuk-table__cell"><CellLabel>Latest</CellLabel>
                {measure.latest ? (
                  <>
                    {valueWithUnit(measure.latest.value, measure.unit)}
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">{formatMonth(measure.latest.month)}</span>
                  </>
                ) : (
                  'None recorded'
                )}
              </td>
              <td className="govuk-table__cell"><CellLabel>Target</CellLabel>{targetInWords(measure)}</td>
              <td className="govuk-table__cell"><CellLabel>Status</CellLabel>
                <MeasureStatusTag status={measure.status} />
              </td>
              {showChange ? (
                <td className="govuk-table__cell"><CellLabel>Since the month before</CellLabel>{measure.change && measure.previous ? changeInWords(measure.change, measure.previous, measure.unit) : 'No earlier month'}</td>
              ) : null}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
