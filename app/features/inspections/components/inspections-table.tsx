import { Link } from 'react-router'
import { CellLabel } from '@/components/stacked-table'
import { findFramework } from '@/contract/frameworks'
import { inspectionKindLabels, type Inspection } from '@/contract/inspections'
import { formatDate } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { GradeTag } from './inspection-summary'

export interface InspectionRow {
  inspection: Inspection
  /** How many of its recommendations no milestone answers. */
  unanswered: number
}

/** The council's inspections and visits, as given (newest first). */
export function InspectionsTable({ rows }: { rows: InspectionRow[] }) {
  return (
    <table className="govuk-table app-stacked-table">
      <caption className="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Inspections and visits, newest first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Inspection or visit</th>
          <th scope="col" className="govuk-table__header">Dates</th>
          <th scope="col" className="govuk-table__header">Report or letter</th>
          <th scope="col" className="govuk-table__header">Overall judgement</th>
          <th scope="col" className="govuk-table__header">Recommendations</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map(({ inspection, unanswered }) => {
          const framework = findFramework(inspection.framework)
          return (
            <tr className="govuk-table__row" key={inspection.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={pageUrls.inspection(inspection.id)}>
                  {inspectionKindLabels[inspection.kind]}, {formatDate(inspection.startDate)}
                </Link>
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">{framework?.shortName ?? inspection.framework}</span>
              </th>
              <td className="govuk-table__cell">
                <CellLabel>Dates</CellLabel>
                {formatDate(inspection.startDate)} to {formatDate(inspection.endDate)}
              </td>
              <td className="govuk-table__cell">
                <CellLabel>Report or letter</CellLabel>
                {inspection.publishedDate ? `Published ${formatDate(inspection.publishedDate)}` : 'Not yet published'}</td>
              <td className="govuk-table__cell">
                <CellLabel>Overall judgement</CellLabel>
                {inspection.overall ? <GradeTag grade={inspection.overall} /> : inspection.kind === 'full-inspection' ? 'None given' : 'None: a visit'}</td>
              <td className="govuk-table__cell">
                <CellLabel>Recommendations</CellLabel>
                {inspection.recommendations.length}
                {unanswered > 0 ? (
                  <>
                    {' '}
                    <strong className="govuk-tag govuk-tag--red">{unanswered} not answered</strong>
                  </>
                ) : null}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
