import { Link } from 'react-router'
import { findFramework, gradeLabels, OVERALL_LABEL, type Grade } from '@/contract/frameworks'
import { inspectionKindLabels, type Inspection } from '@/contract/inspections'
import { formatDate } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'

const gradeClasses: Record<Grade, string> = {
  outstanding: 'govuk-tag--green',
  good: 'govuk-tag--turquoise',
  'requires-improvement': 'govuk-tag--yellow',
  adequate: 'govuk-tag--yellow',
  inadequate: 'govuk-tag--red',
}

export function GradeTag({ grade }: { grade: Grade }) {
  return <strong className={`govuk-tag ${gradeClasses[grade]}`}>{gradeLabels[grade]}</strong>
}

/** The inspection's framework, dates and judgements: areas as the framework names them, grades as tags. */
export function InspectionSummary({ inspection, headingLevel = 3 }: { inspection: Inspection; headingLevel?: 2 | 3 }) {
  const framework = findFramework(inspection.framework)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const areaName = (id: string) => framework?.areas.find((area) => area.id === id)?.name ?? id
  return (
    <>
      <Heading className="govuk-heading-s govuk-!-margin-bottom-2">
        <Link className="govuk-link" to={pageUrls.inspection(inspection.id)}>
          {framework?.shortName ?? 'Inspection'} {inspectionKindLabels[inspection.kind].toLowerCase()}, {formatDate(inspection.startDate)} to{' '}
          {formatDate(inspection.endDate)}
        </Link>
      </Heading>
      {inspection.publishedDate ? <p className="govuk-body-s">Report published {formatDate(inspection.publishedDate)}.</p> : null}
      {inspection.overall || inspection.judgements.length > 0 ? (
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row govuk-summary-list__row--no-actions">
            <dt className="govuk-summary-list__key">{OVERALL_LABEL}</dt>
            <dd className="govuk-summary-list__value">{inspection.overall ? <GradeTag grade={inspection.overall} /> : 'No overall judgement'}</dd>
          </div>
          {inspection.judgements.map((judgement) => (
            <div className="govuk-summary-list__row govuk-summary-list__row--no-actions" key={judgement.area}>
              <dt className="govuk-summary-list__key">{areaName(judgement.area)}</dt>
              <dd className="govuk-summary-list__value">
                <GradeTag grade={judgement.grade} />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="govuk-body">No judgements: visits like this report findings, not grades.</p>
      )}
    </>
  )
}
