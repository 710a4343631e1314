import { Link, useLocation, useParams } from 'react-router'
import { ragLabels } from '@/contract/rag-status'
import { reportStatusLabels } from '@/contract/reports'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { SummaryList } from '@/components/summary-list'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { milestonesQueryOptions } from '@/features/milestones/api/get-milestones'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { personChangesQueryOptions } from '@/features/people/api/get-person-changes'
import { PersonChanges } from '@/features/people/components/person-changes'
import { reportsQueryOptions } from '@/features/reports/api/get-reports'
import { membershipsOf, roleWithBoards } from '@/domain/people-rules'
import { mayChangePeople } from '@/domain/permissions'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { formatDate } from '@/lib/dates'

const personData = definePageData(
  ({ params }) => ({
    people: peopleQueryOptions(),
    boards: boardsQueryOptions(),
    milestones: milestonesQueryOptions({ ownerId: params.personId ?? '' }),
    reports: reportsQueryOptions({ authorId: params.personId ?? '' }),
  }),
  // Asked only of a person there is: the page says when there is none.
  ({ params, people }) => ({ changes: personChangesQueryOptions(people.find((person) => person.id === params.personId)?.id ?? null) }),
)

export const loader = personData.loader
export { PersonPage as Component }

const sentenceCase = (words: string) => words.charAt(0).toUpperCase() + words.slice(1)

const seatWords = { chair: 'Chair', member: 'Member', officer: 'Officer (owns milestones, writes reports)' } as const

export function PersonPage() {
  const { people, boards, milestones, reports, changes } = personData.usePageData()
  const location = useLocation()
  const flash = (location.state as { flash?: string } | null)?.flash
  const { personId } = useParams()
  const person = people.find((each) => each.id === personId)
  const actor = useActingPerson()
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
  const seats = membershipsOf(person.id, boards)
  return (
    <>
      {flash ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      ) : null}
      <Link to={pageUrls.people} className="govuk-back-link">
        Back to people
      </Link>
      <PageHeading caption={person.jobTitle}>{person.name}</PageHeading>
      {person.active ? null : (
        <p className="govuk-body">
          <strong className="govuk-tag govuk-tag--grey">Deactivated</strong> They may no longer act or be chosen; the history keeps their name.
        </p>
      )}
      <SummaryList
        rows={[
          { key: 'Role', value: sentenceCase(roleWithBoards(person, boards)) },
          { key: 'Email', value: person.email ?? 'Not given' },
          {
            key: 'Boards',
            value:
              seats.length === 0 ? (
                'None'
              ) : (
                <ul className="govuk-list">
                  {seats.map((seat) => (
                    <li key={seat.boardId}>
                      <Link className="govuk-link" to={pageUrls.board(seat.boardId)}>
                        {boards.find((board) => board.id === seat.boardId)?.name}
                      </Link>
                      : {seatWords[seat.as]}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      {mayChangePeople(actor).allowed ? (
        <Link to={pageUrls.personEdit(person.id)} className="govuk-button govuk-button--secondary">
          Change<span className="govuk-visually-hidden"> {person.name}</span>
        </Link>
      ) : null}
      <PersonChanges changes={changes} people={people} boards={boards} />
      <h2 className="govuk-heading-m">Milestones they own</h2>
      {milestones.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <ul className="govuk-list">
          {milestones.map((milestone) => (
            <li key={milestone.id}>
              <Link className="govuk-link" to={pageUrls.milestone(milestone.id)}>
                {milestone.title}
              </Link>{' '}
              – {ragLabels[milestone.rag]}, due {formatDate(milestone.dueDate)}
            </li>
          ))}
        </ul>
      )}
      <h2 className="govuk-heading-m">Reports they write</h2>
      {reports.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <ul className="govuk-list">
          {reports.map((report) => (
            <li key={report.id}>
              <Link className="govuk-link" to={pageUrls.report(report.id)}>
                {report.title}
              </Link>{' '}
              – {reportStatusLabels[report.status]}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
