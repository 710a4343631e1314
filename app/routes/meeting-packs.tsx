import { Link } from 'react-router'
import { PageHeading } from '@/components/page'
import { StackedTable } from '@/components/stacked-table'
import { formatDate, formatInstant } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingQueryOptions } from '@/features/meetings/api/get-meeting'
import { packPublicationsQueryOptions } from '@/features/meetings/api/get-pack-versions'
import { peopleQueryOptions } from '@/features/people/api/get-people'

/** Every publication of a meeting's pack, oldest first: each one stays readable as it was published. */
const packsData = definePageData(
  ({ params }) => ({
    meeting: meetingQueryOptions(params.meetingId ?? ''),
    publications: packPublicationsQueryOptions(params.meetingId ?? ''),
    people: peopleQueryOptions(),
  }),
  ({ meeting }) => ({ board: boardQueryOptions(meeting.boardId) }),
)

export const loader = packsData.loader
export { MeetingPacksPage as Component }

export function MeetingPacksPage() {
  const { meeting, publications, people, board } = packsData.usePageData()
  const name = (id: string | null) => (id ? (people.find((person) => person.id === id)?.name ?? 'Unknown person') : 'Automatically, at the papers deadline')
  const newestFirst = [...publications].reverse()

  return (
    <>
      <Link to={pageUrls.meeting(meeting.id)} className="govuk-back-link">
        Back to the meeting
      </Link>
      <PageHeading caption={`${board.name}, ${formatDate(meeting.date)}`}>Published versions of the pack</PageHeading>
      {publications.length === 0 ? (
        <p className="govuk-body">The pack has not been published yet. It is frozen as published at the papers deadline, {formatDate(meeting.papersDeadline)}, or when the chair publishes it.</p>
      ) : (
        <StackedTable
          caption="Newest first: the first is what members see now"
          columns={['Version', 'Published', 'By', 'Why published again']}
          rows={newestFirst.map((publication, index) => ({
            key: String(publication.number),
            cells: [
              <Link key="version" className="govuk-link" to={pageUrls.meetingPackVersion(meeting.id, publication.number)}>
                Version {publication.number}
                {index === 0 ? ' (current)' : ''}
              </Link>,
              formatInstant(publication.publishedAt),
              name(publication.publishedById),
              <span key="reason" className="app-pre-wrap">
                {publication.reason ?? 'First publication'}
              </span>,
            ],
          }))}
        />
      )}
    </>
  )
}
