import { Link } from 'react-router'
import { PageHeading } from '@/components/page'
import { plansAnswering, unansweredRecommendations } from '@/domain/inspection-links'
import { mayRecordInspections } from '@/domain/permissions'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { inspectionsQueryOptions } from '@/features/inspections/api/get-inspections'
import { InspectionsTable } from '@/features/inspections/components/inspections-table'
import { milestonesQueryOptions } from '@/features/milestones/api/get-milestones'
import { useActingPerson } from '@/features/people/api/get-people'
import { plansQueryOptions } from '@/features/plans/api/get-plans'
import { countOf } from '@/lib/plural'

/** The inspections, and the plans and milestones that say which recommendations are answered. */
const inspectionsData = definePageData(() => ({ inspections: inspectionsQueryOptions(), plans: plansQueryOptions(), milestones: milestonesQueryOptions() }))

export const loader = inspectionsData.loader
export { InspectionsPage as Component }

export function InspectionsPage() {
  const { inspections, plans, milestones } = inspectionsData.usePageData()
  const person = useActingPerson()
  const rows = inspections.map((inspection) => {
    const planIds = new Set(plansAnswering(inspection, plans).map((plan) => plan.id))
    const answering = milestones.filter((milestone) => planIds.has(milestone.planId))
    return { inspection, unanswered: unansweredRecommendations(inspection.recommendations, answering).length }
  })

  return (
    <>
      <PageHeading>Inspections and visits</PageHeading>
      <p className="govuk-body">
        Ofsted’s inspections and visits of the council’s children’s services, their judgements and their recommendations. A recommendation no
        milestone answers is flagged: the plan does not yet answer it.
      </p>
      {mayRecordInspections(person).allowed ? (
        <Link to={pageUrls.newInspection} className="govuk-button" role="button" draggable={false}>
          Record an inspection or visit
        </Link>
      ) : null}
      {inspections.length === 0 ? (
        <p className="govuk-body">No inspection or visit has been recorded yet.</p>
      ) : (
        <>
          <p className="govuk-body">
            {countOf(inspections.length, 'inspection or visit', 'inspections and visits')}, newest first (by the first day of
            each).
          </p>
          <InspectionsTable rows={rows} />
        </>
      )}
    </>
  )
}
