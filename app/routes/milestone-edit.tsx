import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { PageHeading } from '@/components/page'
import { failureMessage } from '@/lib/form-errors'
import { useBoard } from '@/features/boards/api/get-board'
import { useInspections } from '@/features/inspections/api/get-inspections'
import { useMilestone, useMilestoneUpdates } from '@/features/milestones/api/get-milestone'
import { useDeleteMilestone } from '@/features/milestones/api/save-milestone'
import { MilestoneForm } from '@/features/milestones/components/milestone-form'
import { useActingPerson, usePeople } from '@/features/people/api/get-people'
import { usePlan } from '@/features/plans/api/get-plan'
import { pageUrls } from '@/lib/page-urls'

export function EditMilestonePage() {
  const milestoneId = useParams().milestoneId ?? ''
  const { data: milestone } = useMilestone(milestoneId)
  const { data: updates } = useMilestoneUpdates(milestoneId)
  const { data: plan } = usePlan(milestone.planId)
  const { data: board } = useBoard(plan.boardId)
  const { data: people } = usePeople()
  const { data: inspections } = useInspections()
  const person = useActingPerson()
  const navigate = useNavigate()
  const remove = useDeleteMilestone()
  const [confirming, setConfirming] = useState(false)
  const recommendations = inspections.find((inspection) => inspection.id === plan.inspectionId)?.recommendations ?? []
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
          {person?.id !== board.chairId ? (
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
