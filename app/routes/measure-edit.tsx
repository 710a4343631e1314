import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { MeasureForm } from '@/features/measures/components/measure-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { mayManageMeasures } from '@/domain/permissions'
import { pageUrls } from '@/lib/page-urls'
import { measurePageData } from './measure-data'

export const loader = measurePageData.loader
export { EditMeasurePage as Component }

export function EditMeasurePage() {
  const { measure, plan, board, people, milestones } = measurePageData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const path = pageUrls.measure(measure.id)

  return (
    <>
      <Link to={path} className="govuk-back-link">
        Back to the measure
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={measure.name}>Change the measure’s details</PageHeading>
          {mayManageMeasures(person, board).allowed ? (
            <MeasureForm
              key={measure.id}
              plan={plan}
              board={board}
              people={people}
              milestones={milestones}
              measure={measure}
              onSaved={() => navigate(path, { state: { flash: 'Measure saved.' } })}
            />
          ) : (
            <p className="govuk-body">Only the chair of {board.name} can change its performance measures.</p>
          )}
        </div>
      </div>
    </>
  )
}
