import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { mayRecordInspections } from '@/domain/permissions'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { inspectionsQueryOptions } from '@/features/inspections/api/get-inspections'
import { InspectionForm } from '@/features/inspections/components/inspection-form'
import { useActingPerson } from '@/features/people/api/get-people'

const newInspectionData = definePageData(() => ({ inspections: inspectionsQueryOptions() }))

export const loader = newInspectionData.loader
export { NewInspectionPage as Component }

export function NewInspectionPage() {
  const { inspections } = newInspectionData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const permission = mayRecordInspections(person)

  return (
    <>
      <Link to={pageUrls.inspections} className="govuk-back-link">
        Back to inspections and visits
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>Record an inspection or visit</PageHeading>
          {permission.allowed ? (
            <InspectionForm
              inspections={inspections}
              onSaved={(inspection) => navigate(pageUrls.inspection(inspection.id), { state: { flash: 'The inspection has been recorded.' } })}
            />
          ) : (
            <p className="govuk-body">{permission.reason} Board chairs and administrators record inspections.</p>
          )}
        </div>
      </div>
    </>
  )
}
