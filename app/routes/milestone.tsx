import { Link, useParams } from 'react-router'
import { ragLabels, type Rag } from '@/contract/rag'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { SummaryList } from '@/components/summary-list'
import { formatDate, formatInstant } from '@/lib/dates'
import { useCreateMilestoneUpdate } from '@/features/milestones/api/create-milestone-update'
import { MilestoneHistory } from '@/features/milestones/components/milestone-history'
import { MilestoneFlags, RagLegend, RagTag } from '@/features/milestones/components/rag-tag'
import { StatusUpdateForm } from '@/features/milestones/components/status-update-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { pageUrls } from '@/lib/page-urls'
import { answerableRecommendations } from '@/domain/inspection-links'
import { inspectionName } from '@/features/inspections/inspection-name'
import { milestonePageData } from './milestone-data'
import { mayManageMilestones, mayUpdateMilestone } from '@/domain/permissions'

export const loader = milestonePageData.loader
export { MilestonePage as Component }

/** Keyed by the id, so moving to another milestone starts with fresh form and save state. */
export function MilestonePage() {
  const milestoneId = useParams().milestoneId ?? ''
  return <MilestonePageContent key={milestoneId} />
}

function MilestonePageContent() {
  const { milestone, updates, plan, board, people, inspections } = milestonePageData.usePageData()
  const person = useActingPerson()
  const mutation = useCreateMilestoneUpdate()
  // The outcome comes from the mutation itself, as on the report page: no copy of it in state.
  const saved = mutation.isSuccess ? mutation.data.milestone.rag : null

  const chairs = mayManageMilestones(person, board).allowed
  const canUpdate = mayUpdateMilestone(person, milestone, board).allowed
  const theme = plan.themes.find((candidate) => candidate.id === milestone.themeId)
  // The plan's inspection's recommendations, and those of the visits that follow it up.
  const recommendations = answerableRecommendations(plan.inspectionId, inspections).filter(({ recommendation }) => milestone.recommendationIds.includes(recommendation.id))
  const name = (id: string) => people.find((candidate) => candidate.id === id)?.name ?? 'Unknown person'
  // While a save is on its way, show the status it will have.
  const pendingRag = mutation.isPending ? (mutation.variables.input.rag as Rag) : null
  const shownRag = pendingRag ?? milestone.rag

  return (
    <>
      <Link to={pageUrls.plan(plan.id)} className="govuk-back-link">
        Back to the plan
      </Link>
      <PageHeading caption={theme?.title}>{milestone.title}</PageHeading>
      <p className="app-status-now" aria-live="polite">
        <span className="govuk-visually-hidden">Status: </span>
        <RagTag rag={shownRag} />
        {pendingRag ? <span className="govuk-body-s govuk-!-margin-left-2">Saving…</span> : null}
        <MilestoneFlags milestone={milestone} />
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Owner', value: name(milestone.ownerId) },
              { key: 'Due date', value: formatDate(milestone.dueDate) },
              { key: 'Status', value: ragLabels[milestone.rag] },
              ...(milestone.completedOn ? [{ key: 'Completed', value: formatDate(milestone.completedOn) }] : []),
              { key: 'Theme', value: theme?.title ?? 'None' },
              { key: 'Plan', value: <Link className="govuk-link" to={pageUrls.plan(plan.id)}>{plan.title}</Link> },
              {
                key: 'Answers recommendations',
                value:
                  recommendations.length === 0 ? (
                    'None'
                  ) : (
                    <ul className="govuk-list">
                      {recommendations.map(({ inspection, recommendation: rec }) => (
                        <li key={rec.id}>
                          <Link className="govuk-link" to={pageUrls.inspection(inspection.id)}>
                            {inspection.id === plan.inspectionId ? `Recommendation ${rec.number}` : `${inspectionName(inspection)}, recommendation ${rec.number}`}
                          </Link>
                          : {rec.text}
                        </li>
                      ))}
                    </ul>
                  ),
              },
              { key: 'Partner agencies', value: milestone.partners.length ? milestone.partners.join(', ') : 'None' },
              ...(milestone.description ? [{ key: 'Description', value: <span className="app-pre-wrap">{milestone.description}</span> }] : []),
              { key: 'Last update', value: formatInstant(milestone.lastUpdatedAt) },
            ]}
          />
          {chairs ? (
            <p className="govuk-body app-no-print">
              <Link className="govuk-link" to={pageUrls.milestoneEdit(milestone.id)}>
                Change the milestone’s details<span className="govuk-visually-hidden">: {milestone.title}</span>
              </Link>
            </p>
          ) : null}

          {canUpdate ? (
            <section className="app-no-print" aria-labelledby="update-status">
              <h2 className="govuk-heading-m" id="update-status" tabIndex={-1}>
                Update status
              </h2>
              {saved && !mutation.isPending ? (
                <NotificationBanner kind="success">
                  <p className="govuk-notification-banner__heading">Saved. The status is now {ragLabels[saved]}.</p>
                </NotificationBanner>
              ) : null}
              <StatusUpdateForm
                key={milestone.id}
                milestone={milestone}
                mutation={mutation}
              />
            </section>
          ) : null}

          <h2 className="govuk-heading-m">History</h2>
          <RagLegend staleAfterDays={board.staleAfterDays} />
          <MilestoneHistory updates={updates} people={people} themes={plan.themes} />
        </div>
      </div>
    </>
  )
}
