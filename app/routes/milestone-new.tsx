import { Link, useNavigate, useParams } from 'react-router'
import { PageHeading } from '@/components/page'
import { useBoard } from '@/features/boards/api/get-board'
import { useInspections } from '@/features/inspections/api/get-inspections'
import { MilestoneForm } from '@/features/milestones/components/milestone-form'
import { useActingPerson, usePeople } from '@/features/people/api/get-people'
import { usePlan } from '@/features/plans/api/get-plan'
import { pageUrls } from '@/lib/page-urls'

export function NewMilestonePage() {
  const planId = useParams().planId ?? ''
  const { data: plan } = usePlan(planId)
  const { data: board } = useBoard(plan.boardId)
  const { data: people } = usePeople()
  const { data: inspections } = useInspections()
  const person = useActingPerson()
  const navigate = useNavigate()
  const recommendations = inspections.find((inspection) => inspection.id === plan.inspectionId)?.recommendations ?? []

  return (
    <>
      <Link to={pageUrls.plan(plan.id)} className="govuk-back-link">
        Back to the plan
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={plan.title}>Add a milestone</PageHeading>
          {person?.id === board.chairId ? (
            <MilestoneForm
              plan={plan}
              people={people}
              recommendations={recommendations}
              onSaved={(milestone) => navigate(pageUrls.milestone(milestone.id))}
            />
          ) : (
            <p className="govuk-body">Only the chair of {board.name} can add milestones to its plan.</p>
          )}
        </div>
      </div>
    </>
  )
}
