import { Link, useNavigate, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page'
import { mayChangePlan } from '@/domain/permissions'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { inspectionsQueryOptions } from '@/features/inspections/api/get-inspections'
import { inspectionName } from '@/features/inspections/inspection-name'
import { useActingPerson } from '@/features/people/api/get-people'
import { NewPlanForm } from '@/features/plans/components/new-plan-form'

const newPlanData = definePageData(({ params }) => ({ board: boardQueryOptions(params.boardId ?? ''), inspections: inspectionsQueryOptions() }))

export const loader = newPlanData.loader
export { NewPlanPage as Component }

export function NewPlanPage() {
  const { board, inspections } = newPlanData.usePageData()
  const [search] = useSearchParams()
  const person = useActingPerson()
  const navigate = useNavigate()
  const permission = mayChangePlan(person, board)
  const wanted = search.get('inspectionId') ?? undefined
  // Only a known inspection is pre-filled: the URL may name one that is not (or no longer) there.
  const inspectionId = inspections.some((inspection) => inspection.id === wanted) ? wanted : undefined
  const named = inspections.map((inspection) => ({ id: inspection.id, name: inspectionName(inspection) }))

  return (
    <>
      <Link to={inspectionId ? pageUrls.inspection(inspectionId) : pageUrls.board(board.id)} className="govuk-back-link">
        {inspectionId ? 'Back to the inspection' : `Back to ${board.name}`}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={board.name}>Create a plan</PageHeading>
          {permission.allowed ? (
            <NewPlanForm
              key={inspectionId ?? ''}
              board={board}
              inspections={named}
              inspectionId={inspectionId}
              onSaved={(plan) => navigate(pageUrls.plan(plan.id), { state: { flash: `${plan.title} has been created as a draft. Add its milestones, then agree it.` } })}
            />
          ) : (
            <p className="govuk-body">{permission.reason}</p>
          )}
        </div>
      </div>
    </>
  )
}
