import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { MilestoneForm } from '@/features/milestones/components/milestone-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { formatDate } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { answerableRecommendations } from '@/domain/inspection-links'
import { inspectionName } from '@/features/inspections/inspection-name'
import { milestonePageData } from './milestone-data'
import { mayManageMilestones } from '@/domain/permissions'

export const loader = milestonePageData.loader
export { EditMilestonePage as Component }

export function EditMilestonePage() {
  const { milestone, plan, board, people, inspections } = milestonePageData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const recommendations = answerableRecommendations(plan.inspectionId, inspections).map(({ inspection, recommendation }) => ({
    ...recommendation,
    source: inspection.id === plan.inspectionId ? undefined : inspectionName(inspection),
  }))
  const path = pageUrls.milestone(milestone.id)

  return (
    <>
      <Link to={path} className="govuk-back-link">
        Back to the milestone
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={milestone.title}>Change the milestone’s details</PageHeading>
          {!mayManageMilestones(person, board).allowed ? (
            <p className="govuk-body">Only the chair of {board.name} can change milestones.</p>
          ) : milestone.closedOn ? (
            <p className="govuk-body">
              This milestone was closed on {formatDate(milestone.closedOn)}: it takes no more changes. Its history is kept on{' '}
              <Link className="govuk-link" to={path}>
                the milestone’s page
              </Link>
              .
            </p>
          ) : (
            <>
              <p className="govuk-body">
                Changes of owner, due date and the rest are recorded in the milestone’s history.
                {plan.status === 'agreed'
                  ? ' The plan is agreed: a new due date is recorded as a date change you agreed, beside the baseline, and needs the reason.'
                  : ''}
              </p>
              <MilestoneForm plan={plan} board={board} people={people} recommendations={recommendations} milestone={milestone} onSaved={() => navigate(path)} />
              <p className="govuk-body">
                To delete or close the milestone, go to{' '}
                <Link className="govuk-link" to={path}>
                  the milestone’s page
                </Link>
                .
              </p>
            </>
          )}
        </div>
      </div>
    </>
  )
}
