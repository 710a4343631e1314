import { Link, useParams } from 'react-router'
import { findFramework, OVERALL_LABEL } from '@/contract/frameworks'
import { inspectionKindLabels } from '@/contract/inspections'
import { PageHeading } from '@/components/page'
import { SummaryList } from '@/components/summary-list'
import { formatDate } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { inspectionsQueryOptions } from '@/features/inspections/api/get-inspections'
import { GradeTag } from '@/features/inspections/components/inspection-summary'
import { milestonesQueryOptions } from '@/features/milestones/api/get-milestones'
import { plansQueryOptions } from '@/features/plans/api/get-plans'
import { NotFoundPage } from './not-found'
import { WarningText } from '@/components/warning-text'
import { pageUrls } from '@/lib/page-urls'

/** Inspections come as one list; the plans and milestones show which recommendations are answered. */
const inspectionData = definePageData(() => ({ inspections: inspectionsQueryOptions(), plans: plansQueryOptions(), milestones: milestonesQueryOptions() }))

export const loader = inspectionData.loader
export { InspectionPage as Component }

export function InspectionPage() {
  const inspectionId = useParams().inspectionId ?? ''
  const { inspections, plans, milestones } = inspectionData.usePageData()
  const inspection = inspections.find((candidate) => candidate.id === inspectionId)
  if (!inspection) return <NotFoundPage what="inspection" />
  const framework = findFramework(inspection.framework)
  const answering = plans.filter((plan) => plan.inspectionId === inspection.id)
  // Only milestones still live or complete answer a recommendation.
  const live = milestones.filter((milestone) => answering.some((plan) => plan.id === milestone.planId))
  const themesFor = (recommendationIds: string[]) =>
    answering.flatMap((plan) =>
      plan.themes
        .filter((theme) => live.some((milestone) => milestone.themeId === theme.id && milestone.recommendationIds.some((id) => recommendationIds.includes(id))))
        .map((theme) => ({ plan, theme })),
    )
  const areaName = (id: string | null) => (id ? (framework?.areas.find((area) => area.id === id)?.name ?? id) : 'No area')
  const unanswered = inspection.recommendations.filter((rec) => !live.some((milestone) => milestone.recommendationIds.includes(rec.id)))

  return (
    <>
      <PageHeading title={`${framework?.shortName ?? 'Inspection'} ${inspectionKindLabels[inspection.kind].toLowerCase()}, ${formatDate(inspection.startDate)}`} caption={framework?.name}>
        {`${inspectionKindLabels[inspection.kind]}, ${formatDate(inspection.startDate)} to ${formatDate(inspection.endDate)}`}
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Framework', value: framework?.name ?? inspection.framework },
          { key: 'Dates', value: `${formatDate(inspection.startDate)} to ${formatDate(inspection.endDate)}` },
          { key: 'Report published', value: inspection.publishedDate ? formatDate(inspection.publishedDate) : 'Not yet' },
          { key: OVERALL_LABEL, value: inspection.overall ? <GradeTag grade={inspection.overall} /> : 'No overall judgement' },
        ]}
      />
      {inspection.judgements.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Judgements, and the plan themes that answer them</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Area</th>
              <th scope="col" className="govuk-table__header">Grade</th>
              <th scope="col" className="govuk-table__header">Answered by themes</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {inspection.judgements.map((judgement) => {
              const themes = themesFor(inspection.recommendations.filter((rec) => rec.area === judgement.area).map((rec) => rec.id))
              return (
                <tr className="govuk-table__row" key={judgement.area}>
                  <th scope="row" className="govuk-table__header">{areaName(judgement.area)}</th>
                  <td className="govuk-table__cell">
                    <GradeTag grade={judgement.grade} />
                  </td>
                  <td className="govuk-table__cell">
                    {themes.length === 0 ? (
                      'No theme yet'
                    ) : (
                      <ul className="govuk-list">
                        {themes.map(({ plan, theme }) => (
                          <li key={theme.id}>
                            <Link className="govuk-link" to={pageUrls.plan(plan.id, { theme: theme.id })}>
                              {theme.title}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">This visit gave no graded judgements.</p>
      )}
      {inspection.recommendations.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">What needs to improve</h2>
          {unanswered.length > 0 && answering.length > 0 ? (
            <WarningText>
                {unanswered.length === 1 ? '1 recommendation is' : `${unanswered.length} recommendations are`} not yet answered by any
                milestone: the plan does not yet answer the inspection.
            </WarningText>
          ) : null}
          <ol className="govuk-list">
            {inspection.recommendations.map((rec) => {
              const themes = themesFor([rec.id])
              return (
                <li key={rec.id} className="govuk-!-margin-bottom-4">
                  <p className="govuk-body govuk-!-margin-bottom-1">
                    <strong>{rec.number}.</strong> {rec.text}
                  </p>
                  <p className="govuk-body-s govuk-!-margin-bottom-0">
                    {areaName(rec.area)}.{' '}
                    {themes.length > 0 ? (
                      <>Answered in: {themes.map(({ theme }) => theme.title).join(', ')}.</>
                    ) : (
                      <strong className="govuk-tag govuk-tag--red">Not answered by any milestone</strong>
                    )}
                  </p>
                </li>
              )
            })}
          </ol>
        </>
      ) : null}
    </>
  )
}
