import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { failureMessage } from '@/lib/form-errors'
import { useDeleteMilestone } from '@/features/milestones/api/save-milestone'
import { MilestoneForm } from '@/features/milestones/components/milestone-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { pageUrls } from '@/lib/page-urls'
import { answerableRecommendations } from '@/domain/inspection-links'
import { inspectionName } from '@/features/inspections/inspection-name'
import { milestonePageData } from './milestone-data'
import { mayManageMilestones } from '@/domain/permissions'

export const loader = milestonePageData.loader
export { EditMilestonePage as Component }

export function EditMilestonePage() {
  const { milestone, updates, plan, board, people, inspections } = milestonePageData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const remove = useDeleteMilestone()
  const [confirming, setConfirming] = useState(false)
  const recommendations = answerableRecommendations(plan.inspectionId, inspections).map(({ inspection, recommendation }) => ({
    ...recommendation,
    source: inspection.id === plan.inspectionId ? undefined : inspectionName(inspection),
  }))
  const hasHistory = updates.some((update) => update.kind !== 'created')
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
          ) : (
            <>
              <p className="govuk-body">Changes of owner, due date and the rest are recorded in the milestone’s history.</p>
              <MilestoneForm plan={plan} people={people} recommendations={recommendations} milestone={milestone} onSaved={() => navigate(path)} />
              <h2 className="govuk-heading-m">Delete the milestone</h2>
              {hasHistory ? (
                <p className="govuk-body">
                  This milestone has a history of updates, which is never deleted. If it is no longer needed, record a status update
                  saying why.
                </p>
              ) : confirming ? (
                <div className="govuk-button-group">
                  <button
                    type="button"
                    className="govuk-button govuk-button--warning"
                    disabled={remove.isPending}
                    onClick={() =>
                      remove.mutate(
                        { id: milestone.id, version: milestone.version },
                        { onSuccess: () => navigate(pageUrls.plan(plan.id)) },
                      )
                    }
                  >
                    Yes, delete it
                  </button>
                  <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </div>
              ) : (
                <button type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirming(true)}>
                  Delete milestone
                </button>
              )}
              {remove.isError ? (
                <p className="govuk-error-message" role="alert">
                  <span className="govuk-visually-hidden">Error:</span> Not deleted. {failureMessage(remove.error)}
                </p>
              ) : null}
            </>
          )}
        </div>
      </div>
    </>
  )
}
