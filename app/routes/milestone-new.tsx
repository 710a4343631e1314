import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { definePageData } from '@/lib/page-data'
import { inspectionsQueryOptions } from '@/features/inspections/api/get-inspections'
import { MilestoneForm } from '@/features/milestones/components/milestone-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { pageUrls } from '@/lib/page-urls'
import { answerableRecommendations } from '@/domain/inspection-links'
import { inspectionName } from '@/features/inspections/inspection-name'
import { planBoardQuery, planQueries } from './plan-data'
import { mayManageMilestones } from '@/domain/permissions'

/** The plan's data, and the inspection whose recommendations a milestone may answer. */
const newMilestoneData = definePageData((args) => ({ ...planQueries(args), inspections: inspectionsQueryOptions() }), planBoardQuery)

export const loader = newMilestoneData.loader
export { NewMilestonePage as Component }

export function NewMilestonePage() {
  const { plan, board, people, inspections } = newMilestoneData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const recommendations = answerableRecommendations(plan.inspectionId, inspections).map(({ inspection, recommendation }) => ({
    ...recommendation,
    source: inspection.id === plan.inspectionId ? undefined : inspectionName(inspection),
  }))

  return (
    <>
      <Link to={pageUrls.plan(plan.id)} className="govuk-back-link">
        Back to the plan
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={plan.title}>Add a milestone</PageHeading>
          {mayManageMilestones(person, board).allowed ? (
            <MilestoneForm
              plan={plan}
              board={board}
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
