import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { pageUrls } from '@/lib/page-urls'
import { mayChangePlan } from '@/domain/permissions'
import { useActingPerson } from '@/features/people/api/get-people'
import { PlanForm } from '@/features/plans/components/plan-form'
import { planPageData } from './plan-data'

export const loader = planPageData.loader
export { EditPlanPage as Component }

export function EditPlanPage() {
  const { plan, board, milestones } = planPageData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const path = pageUrls.plan(plan.id)

  if (!mayChangePlan(person, board).allowed) {
    return (
      <>
        <PageHeading>Edit the plan</PageHeading>
        <p className="govuk-body">Only the chair of {board.name} can edit its plan.</p>
      </>
    )
  }

  return (
    <>
      <Link to={path} className="govuk-back-link">
        Back to the plan
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={plan.title}>Edit the plan and its themes</PageHeading>
          <PlanForm
            plan={plan}
            milestones={milestones}
            onSaved={() => navigate(path)}
            cancel={
              <Link className="govuk-link" to={path}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  )
}
