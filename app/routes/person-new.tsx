import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { useActingPerson } from '@/features/people/api/get-people'
import { PersonForm } from '@/features/people/components/person-form'
import { mayChangePeople } from '@/domain/permissions'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'

const newPersonData = definePageData(() => ({ boards: boardsQueryOptions() }))

export const loader = newPersonData.loader
export { NewPersonPage as Component }

export function NewPersonPage() {
  const { boards } = newPersonData.usePageData()
  const actor = useActingPerson()
  const navigate = useNavigate()
  const permission = mayChangePeople(actor)
  return (
    <>
      <Link to={pageUrls.people} className="govuk-back-link">
        Back to people
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>Add a person</PageHeading>
          {permission.allowed ? (
            <PersonForm
              boards={boards}
              onSaved={(person) => navigate(pageUrls.person(person.id), { state: { flash: `${person.name} has been added.` } })}
              cancel={
                <Link className="govuk-link" to={pageUrls.people}>
                  Cancel
                </Link>
              }
            />
          ) : (
            <p className="govuk-body">{permission.reason}</p>
          )}
        </div>
      </div>
    </>
  )
}
