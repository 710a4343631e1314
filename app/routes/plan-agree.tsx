import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { mayChangePlan } from '@/domain/permissions'
import { pageUrls } from '@/lib/page-urls'
import { AgreePlanForm } from '@/features/plans/components/agree-plan-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { PlanStatus } from '@/features/plans/components/plan-status'
import { planPageData } from './plan-data'

export const loader = planPageData.loader
export { AgreePlanPage as Component }

export function AgreePlanPage() {
  const { plan, board, milestones, people } = planPageData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const path = pageUrls.plan(plan.id)
  const permission = mayChangePlan(person, board)
  // As the page was opened: the form stays until its own save has taken the person back to the plan.
  const [agreedAlready] = useState(plan.status === 'agreed')

  const body = () => {
    if (!permission.allowed) return <p className="govuk-body">{permission.reason} The chair records that the plan was agreed.</p>
    if (agreedAlready) return <PlanStatus plan={plan} recordedBy={people.find((each) => each.id === plan.agreedRecordedById)?.name} />
    if (milestones.length === 0) {
      return (
        <p className="govuk-body">
          The plan has no milestones yet, so there is nothing to agree.{' '}
          <Link className="govuk-link" to={pageUrls.newMilestone(plan.id)}>
            Add a milestone
          </Link>{' '}
          first.
        </p>
      )
    }
    return (
      <>
        <p className="govuk-body">
          {milestones.length === 1
            ? 'Agreeing the plan fixes the due date of its milestone as its baseline.'
            : `Agreeing the plan fixes the due dates of its ${milestones.length} milestones as their baselines.`}{' '}
          From then on the plan shows any slippage against them. This cannot be undone.
        </p>
        <AgreePlanForm
          plan={plan}
          board={board}
          onSaved={() => navigate(path, { state: { flash: 'The plan is agreed. Each milestone’s due date is now its baseline.' } })}
        />
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
          <PageHeading caption={plan.title}>Agree the plan</PageHeading>
          {body()}
        </div>
      </div>
    </>
  )
}
