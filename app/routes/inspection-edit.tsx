import { Link, useNavigate, useParams } from 'react-router'
import { PageHeading } from '@/components/page'
import { plansAnswering } from '@/domain/inspection-links'
import { mayChangeInspection } from '@/domain/permissions'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { inspectionsQueryOptions } from '@/features/inspections/api/get-inspections'
import { InspectionForm } from '@/features/inspections/components/inspection-form'
import { milestonesQueryOptions } from '@/features/milestones/api/get-milestones'
import { useActingPerson } from '@/features/people/api/get-people'
import { plansQueryOptions } from '@/features/plans/api/get-plans'
import { NotFoundPage } from './not-found'

/** The inspections; the plans answering this one and their boards say who may change it. */
const editInspectionData = definePageData(() => ({
  inspections: inspectionsQueryOptions(),
  plans: plansQueryOptions(),
  boards: boardsQueryOptions(),
  milestones: milestonesQueryOptions(),
}))

export const loader = editInspectionData.loader
export { EditInspectionPage as Component }

export function EditInspectionPage() {
  const inspectionId = useParams().inspectionId ?? ''
  const { inspections, plans, boards, milestones } = editInspectionData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const inspection = inspections.find((candidate) => candidate.id === inspectionId)
  if (!inspection) return <NotFoundPage what="inspection" />
  const boardIds = new Set(plansAnswering(inspection, plans).map((plan) => plan.boardId))
  const permission = mayChangeInspection(
    person,
    boards.filter((board) => boardIds.has(board.id)),
  )
  const path = pageUrls.inspection(inspection.id)

  return (
    <>
      <Link to={path} className="govuk-back-link">
        Back to the inspection
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>Change the inspection or visit</PageHeading>
          {permission.allowed ? (
            <InspectionForm
              key={inspection.id}
              inspections={inspections}
              inspection={inspection}
              onSaved={() => navigate(path, { state: { flash: 'Your changes have been saved.' } })}
              answeredBy={(id) => milestones.filter((milestone) => milestone.recommendationIds.includes(id)).length}
            />
          ) : (
            <p className="govuk-body">{permission.reason}</p>
          )}
        </div>
      </div>
    </>
  )
}
