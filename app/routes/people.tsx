import { Link } from 'react-router'
import { CellLabel } from '@/components/stacked-table'
import type { Person } from '@/contract/people'
import { PageHeading } from '@/components/page'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { membershipsOf, roleWithBoards } from '@/domain/people-rules'
import { mayChangePeople } from '@/domain/permissions'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { countOf } from '@/lib/plural'

const peopleData = definePageData(() => ({ people: peopleQueryOptions(), boards: boardsQueryOptions() }))

export const loader = peopleData.loader
export { PeoplePage as Component }

const sentenceCase = (words: string) => words.charAt(0).toUpperCase() + words.slice(1)

const seatWords = { chair: 'chair', member: 'member', officer: 'officer' } as const

/** Active people by name, then those deactivated: the order a person looks them up in. */
export function sortPeople(people: Person[]): Person[] {
  return [...people].sort((a, b) => Number(!a.active) - Number(!b.active) || a.name.localeCompare(b.name, 'en-GB'))
}

export function PeoplePage() {
  const { people, boards } = peopleData.usePageData()
  const actor = useActingPerson()
  const boardName = (id: string) => boards.find((board) => board.id === id)?.name ?? 'A board'
  const sorted = sortPeople(people)
  return (
    <>
      <PageHeading>People</PageHeading>
      <p className="govuk-body">Everyone who chairs, sits on or reports to the council’s boards. People are never deleted: the history keeps naming them.</p>
      {mayChangePeople(actor).allowed ? (
        <Link to={pageUrls.newPerson} className="govuk-button">
          Add a person
        </Link>
      ) : (
        <p className="govuk-body">Only an administrator adds or changes people.</p>
      )}
      <div className="app-table-scroll" role="region" aria-labelledby="people-caption" tabIndex={0}>
      <table className="govuk-table app-stacked-table">
        <caption className="govuk-table__caption govuk-table__caption--s" id="people-caption">
          {countOf(people.length, 'person', 'people')}, by name; deactivated people last
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Name</th>
            <th scope="col" className="govuk-table__header">Role</th>
            <th scope="col" className="govuk-table__header">Boards</th>
            <th scope="col" className="govuk-table__header">Status</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {sorted.map((person) => {
            const seats = membershipsOf(person.id, boards)
            return (
              <tr key={person.id} className="govuk-table__row">
                <td className="govuk-table__cell"><CellLabel>Name</CellLabel>
                  <Link className="govuk-link" to={pageUrls.person(person.id)}>
                    {person.name}
                  </Link>
                  <br />
                  <span className="govuk-body-s">{person.jobTitle}</span>
                </td>
                <td className="govuk-table__cell"><CellLabel>Role</CellLabel>
                  {sentenceCase(roleWithBoards(person, boards))}
                </td>
                <td className="govuk-table__cell"><CellLabel>Boards</CellLabel>
                  {seats.length === 0 ? 'None' : seats.map((seat) => `${boardName(seat.boardId)} (${seatWords[seat.as]})`).join('; ')}
                </td>
                <td className="govuk-table__cell"><CellLabel>Status</CellLabel>
                  <strong className={`govuk-tag ${person.active ? 'govuk-tag--green' : 'govuk-tag--grey'}`}>{person.active ? 'Active' : 'Deactivated'}</strong>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      </div>
    </>
  )
}
