import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { ErrorSummary } from '@/components/error-summary'
import { PageHeading } from '@/components/page'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { useUpdatePerson } from '@/features/people/api/save-person'
import { PersonForm } from '@/features/people/components/person-form'
import { mayChangePeople } from '@/domain/permissions'
import type { Person } from '@/contract/people'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'

const editPersonData = definePageData(() => ({ people: peopleQueryOptions(), boards: boardsQueryOptions() }))

export const loader = editPersonData.loader
export { EditPersonPage as Component }

/** Deactivating keeps the person in the history; the API says what must be reassigned first. */
function ActiveControl({ person, onDone }: { person: Person; onDone: (message: string) => void }) {
  const update = useUpdatePerson()
  const [confirming, setConfirming] = useState(false)
  const deactivating = person.active
  const send = () =>
    update.mutate(
      { id: person.id, version: person.version, input: { active: !person.active } },
      { onSuccess: () => onDone(deactivating ? `${person.name} has been deactivated.` : `${person.name} has been reactivated.`) },
    )
  return (
    <section aria-labelledby="active-heading">
      <h2 className="govuk-heading-m" id="active-heading">
        {deactivating ? 'Deactivate' : 'Reactivate'}
      </h2>
      {update.error ? <ErrorSummary errors={[{ path: 'active', message: update.error.message }]} fieldId={() => 'active-heading'} /> : null}
      <p className="govuk-body">
        {deactivating
          ? 'A deactivated person can no longer act or be chosen, and leaves their boards. Their name stays in the history. Someone who chairs a board, owns open milestones or writes open reports must hand them over first.'
          : 'They will be able to act again and be chosen. Add them back to their boards afterwards.'}
      </p>
      {deactivating && !confirming ? (
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirming(true)}>
          Deactivate {person.name}
        </button>
      ) : (
        <div className="govuk-button-group">
          <button type="button" className={`govuk-button${deactivating ? ' govuk-button--warning' : ''}`} onClick={send} disabled={update.isPending}>
            {deactivating ? `Yes, deactivate ${person.name}` : `Reactivate ${person.name}`}
          </button>
          {deactivating ? (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          ) : null}
        </div>
      )}
    </section>
  )
}

export function EditPersonPage() {
  const { people, boards } = editPersonData.usePageData()
  const { personId } = useParams()
  const person = people.find((each) => each.id === personId)
  const actor = useActingPerson()
  const navigate = useNavigate()
  const permission = mayChangePeople(actor)
  const done = (message: string) => person && navigate(pageUrls.person(person.id), { state: { flash: message } })
  if (!person) {
    return (
      <>
        <PageHeading>Person not found</PageHeading>
        <p className="govuk-body">
          There is no such person. <Link className="govuk-link" to={pageUrls.people}>See everyone</Link>.
        </p>
      </>
    )
  }
  return (
    <>
      <Link to={pageUrls.person(person.id)} className="govuk-back-link">
        Back to {person.name}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={person.name}>Change a person</PageHeading>
          {permission.allowed ? (
            <>
              <PersonForm
                boards={boards}
                person={person}
                onSaved={(saved) => done(`${saved.name} has been saved.`)}
                cancel={
                  <Link className="govuk-link" to={pageUrls.person(person.id)}>
                    Cancel
                  </Link>
                }
              />
              <ActiveControl person={person} onDone={done} />
            </>
          ) : (
            <p className="govuk-body">{permission.reason}</p>
          )}
        </div>
      </div>
    </>
  )
}
