import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { formatDate } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { mayScheduleMeetings } from '@/domain/permissions'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { MeetingForm } from '@/features/meetings/components/meeting-form'
import { useActingPerson } from '@/features/people/api/get-people'

const newMeetingData = definePageData(({ params }) => ({
  board: boardQueryOptions(params.boardId ?? ''),
  meetings: meetingsQueryOptions({ boardId: params.boardId ?? '' }),
}))

export const loader = newMeetingData.loader
export { NewMeetingPage as Component }

export function NewMeetingPage() {
  const { board, meetings } = newMeetingData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()

  return (
    <>
      <Link to={pageUrls.board(board.id)} className="govuk-back-link">
        Back to {board.name}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={board.name}>Schedule a meeting</PageHeading>
          {!mayScheduleMeetings(person, board).allowed ? (
            <p className="govuk-body">Only the chair of {board.name} can schedule its meetings.</p>
          ) : (
            <MeetingForm
              board={board}
              meetings={meetings}
              onScheduled={(meeting) =>
                navigate(pageUrls.meeting(meeting.id), { state: { flash: `Meeting scheduled. Papers are due by ${formatDate(meeting.papersDeadline)}.` } })
              }
            />
          )}
        </div>
      </div>
    </>
  )
}
