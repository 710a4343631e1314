import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { mayScheduleMeetings } from '@/domain/permissions'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { MeetingSeriesForm } from '@/features/meetings/components/meeting-series-form'
import { seriesScheduledMessage } from '@/features/meetings/series-preview'
import { useActingPerson } from '@/features/people/api/get-people'

const seriesData = definePageData(({ params }) => ({
  board: boardQueryOptions(params.boardId ?? ''),
  meetings: meetingsQueryOptions({ boardId: params.boardId ?? '' }),
}))

export const loader = seriesData.loader
export { MeetingSeriesPage as Component }

export function MeetingSeriesPage() {
  const { board, meetings } = seriesData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const permission = mayScheduleMeetings(person, board)

  return (
    <>
      <Link to={pageUrls.board(board.id)} className="govuk-back-link">
        Back to {board.name}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={board.name}>Schedule a series of meetings</PageHeading>
          {!permission.allowed ? (
            <p className="govuk-body">{permission.reason}</p>
          ) : (
            <MeetingSeriesForm
              board={board}
              meetings={meetings}
              onScheduled={(result) => navigate(pageUrls.meetings({ boardId: board.id }), { state: { flash: seriesScheduledMessage(result) } })}
            />
          )}
        </div>
      </div>
    </>
  )
}
