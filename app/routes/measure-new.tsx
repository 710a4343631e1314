import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { MeasureForm } from '@/features/measures/components/measure-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { mayManageMeasures } from '@/domain/permissions'
import { pageUrls } from '@/lib/page-urls'
import { planPageData } from './plan-data'

export const loader = planPageData.loader
export { NewMeasurePage as Component }

export function NewMeasurePage() {
  const { plan, board, people, milestones } = planPageData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()

  return (
    <>
      <Link to={pageUrls.plan(plan.id)} className="govuk-back-link">
        Back to the plan
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={plan.title}>Add a performance measure</PageHeading>
          {mayManageMeasures(person, board).allowed ? (
            <>
              <p className="govuk-body">A measure shows progress in numbers each month: its owner records the month’s actual, and its status follows from the thresholds you set.</p>
              <MeasureForm plan={plan} board={board} people={people} milestones={milestones} onSaved={(measure) => navigate(pageUrls.measure(measure.id), { state: { flash: 'Measure added. Its owner can now record each month’s actual.' } })} />
            </>
          ) : (
            <p className="govuk-body">Only the chair of {board.name} can add performance measures to its plan.</p>
          )}
        </div>
      </div>
    </>
  )
}
