import { Link, useLocation, useParams } from 'react-router'
import { CellLabel } from '@/components/stacked-table'
import { findFramework, OVERALL_LABEL } from '@/contract/frameworks'
import { inspectionKindLabels, publishedDateLabel } from '@/contract/inspections'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { SummaryList } from '@/components/summary-list'
import { WarningText } from '@/components/warning-text'
import { milestonesAnswering, plansAnswering, unansweredRecommendations } from '@/domain/inspection-links'
import { mayChangeInspection, mayChangePlan, mayManageMilestones } from '@/domain/permissions'
import { formatDate } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { inspectionsQueryOptions } from '@/features/inspections/api/get-inspections'
import { GradeTag } from '@/features/inspections/components/inspection-summary'
import { inspectionName } from '@/features/inspections/inspection-name'
import { milestonesQueryOptions } from '@/features/milestones/api/get-milestones'
import { RecommendationMilestones } from '@/features/milestones/components/recommendation-milestones'
import { useActingPerson } from '@/features/people/api/get-people'
import { plansQueryOptions } from '@/features/plans/api/get-plans'
import { NotFoundPage } from './not-found'
import { countOf } from '@/lib/plural'

/** Inspections come as one list; the plans, their boards and milestones show which recommendations are answered, and who may link them. */
const inspectionData = definePageData(() => ({
  inspections: inspectionsQueryOptions(),
  plans: plansQueryOptions(),
  milestones: milestonesQueryOptions(),
  boards: boardsQueryOptions(),
}))

export const loader = inspectionData.loader
export { InspectionPage as Component }

const nameOf = inspectionName

export function InspectionPage() {
  const inspectionId = useParams().inspectionId ?? ''
  const { inspections, plans, milestones, boards } = inspectionData.usePageData()
  const person = useActingPerson()
  const flash = (useLocation().state as { flash?: string } | null)?.flash
  const inspection = inspections.find((candidate) => candidate.id === inspectionId)
  if (!inspection) return <NotFoundPage what="inspection" />
  const framework = findFramework(inspection.framework)
  const answering = plansAnswering(inspection, plans)
  const boardOf = (planId: string) => boards.find((board) => board.id === plans.find((plan) => plan.id === planId)?.boardId)
  const planIds = new Set(answering.map((plan) => plan.id))
  const inPlans = milestones.filter((milestone) => planIds.has(milestone.planId))
  const unanswered = unansweredRecommendations(inspection.recommendations, inPlans)
  const followed = inspection.followsInspectionId ? inspections.find((candidate) => candidate.id === inspection.followsInspectionId) : undefined
  const followers = inspections.filter((candidate) => candidate.followsInspectionId === inspection.id)
  const answeringBoards = boards.filter((board) => answering.some((plan) => plan.boardId === board.id))
  const mayChange = mayChangeInspection(person, answeringBoards).allowed
  const chaired = boards.filter((board) => mayChangePlan(person, board).allowed)
  const areaName = (id: string | null) => (id ? (framework?.areas.find((area) => area.id === id)?.name ?? id) : null)
  const themesFor = (recommendationIds: string[]) =>
    answering.flatMap((plan) =>
      plan.themes
        .filter((theme) => inPlans.some((milestone) => milestone.themeId === theme.id && !milestone.closedOn && milestone.recommendationIds.some((id) => recommendationIds.includes(id))))
        .map((theme) => ({ plan, theme })),
    )
  const planTitle = answering.length > 1 ? (milestone: { planId: string }) => plans.find((plan) => plan.id === milestone.planId)?.title : undefined
  const visit = inspection.kind !== 'full-inspection'

  return (
    <>
      {flash ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      ) : null}
      <Link to={pageUrls.inspections} className="govuk-back-link">
        Back to inspections and visits
      </Link>
      <PageHeading title={nameOf(inspection)} caption={framework?.name}>
        {`${inspectionKindLabels[inspection.kind]}, ${formatDate(inspection.startDate)} to ${formatDate(inspection.endDate)}`}
      </PageHeading>
      {mayChange || chaired.length > 0 ? (
        <div className="govuk-button-group app-no-print">
          {mayChange ? (
            <Link to={pageUrls.inspectionEdit(inspection.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
              Change the {visit ? 'visit' : 'inspection'} and its recommendations
            </Link>
          ) : null}
          {chaired.map((board) => (
            <Link key={board.id} to={pageUrls.newPlan(board.id, { inspectionId: inspection.id })} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
              Create a plan for {board.name} answering this {visit ? 'visit' : 'inspection'}
            </Link>
          ))}
        </div>
      ) : null}
      <SummaryList
        rows={[
          { key: 'Kind', value: inspectionKindLabels[inspection.kind] },
          { key: 'Framework', value: framework?.name ?? inspection.framework },
          { key: 'Dates', value: `${formatDate(inspection.startDate)} to ${formatDate(inspection.endDate)}` },
          { key: publishedDateLabel(inspection.kind), value: inspection.publishedDate ? formatDate(inspection.publishedDate) : 'Not yet published' },
          ...(visit
            ? [
                {
                  key: 'Follows up',
                  value: followed ? (
                    <Link className="govuk-link" to={pageUrls.inspection(followed.id)}>
                      {nameOf(followed)}
                    </Link>
                  ) : (
                    'No inspection recorded here'
                  ),
                },
              ]
            : [{ key: OVERALL_LABEL, value: inspection.overall ? <GradeTag grade={inspection.overall} /> : 'No overall judgement' }]),
          {
            key: 'Answered by',
            value:
              answering.length === 0 ? (
                'No plan answers it yet'
              ) : (
                <ul className="govuk-list">
                  {answering.map((plan) => (
                    <li key={plan.id}>
                      <Link className="govuk-link" to={pageUrls.plan(plan.id)}>
                        {plan.title}
                      </Link>
                      {boardOf(plan.id) ? `, overseen by ${boardOf(plan.id)!.name}` : ''}
                    </li>
                  ))}
                </ul>
              ),
          },
          ...(followers.length > 0
            ? [
                {
                  key: 'Visits since',
                  value: (
                    <ul className="govuk-list">
                      {followers.map((follower) => (
                        <li key={follower.id}>
                          <Link className="govuk-link" to={pageUrls.inspection(follower.id)}>
                            {nameOf(follower)}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
        ]}
      />
      {inspection.judgements.length > 0 ? (
        <table className="govuk-table app-stacked-table">
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
                  <th scope="row" className="govuk-table__header">
                    {areaName(judgement.area)}
                  </th>
                  <td className="govuk-table__cell"><CellLabel>Grade</CellLabel>
                    <GradeTag grade={judgement.grade} />
                  </td>
                  <td className="govuk-table__cell"><CellLabel>Answered by themes</CellLabel>
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
        <p className="govuk-body">{visit ? 'A visit reports findings, not grades: it gave no graded judgements.' : 'No judgements have been recorded.'}</p>
      )}
      <h2 className="govuk-heading-m">What needs to improve</h2>
      {inspection.recommendations.length === 0 ? (
        <p className="govuk-body">No recommendations have been recorded.</p>
      ) : (
        <>
          {unanswered.length > 0 ? (
            <WarningText>
              {answering.length === 0
                ? `No plan answers this ${visit ? 'visit' : 'inspection'} yet, so none of its ${inspection.recommendations.length === 1 ? 'recommendation is' : `${inspection.recommendations.length} recommendations are`} answered.`
                : `${countOf(unanswered.length, 'recommendation is', 'recommendations are')} not yet answered by any milestone: the plan does not yet answer the ${visit ? 'visit' : 'inspection'}.`}
            </WarningText>
          ) : (
            <p className="govuk-body">Every recommendation is answered by at least one milestone.</p>
          )}
          <ol className="govuk-list app-recommendations">
            {[...inspection.recommendations]
              .sort((a, b) => a.number - b.number)
              .map((rec) => (
                <li key={rec.id} className="govuk-!-margin-bottom-6">
                  <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Recommendation {rec.number}</h3>
                  <p className="govuk-body govuk-!-margin-bottom-1">{rec.text}</p>
                  {areaName(rec.area) ? <p className="govuk-body-s govuk-!-margin-bottom-1">Area: {areaName(rec.area)}</p> : null}
                  <RecommendationMilestones
                    recommendation={rec}
                    inspectionName={`the ${nameOf(inspection)}`}
                    answering={milestonesAnswering(rec.id, inPlans)}
                    milestones={inPlans}
                    mayLink={(milestone) => mayManageMilestones(person, boardOf(milestone.planId)).allowed}
                    planTitle={planTitle}
                  />
                </li>
              ))}
          </ol>
        </>
      )}
    </>
  )
}
