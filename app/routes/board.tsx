import { Link, useLocation, useParams } from 'react-router'
import { boardKindLabels } from '@/contract/boards'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { SummaryList } from '@/components/summary-list'
import { todayIso } from '@/lib/dates'
import { useBoard } from '@/features/boards/api/get-board'
import { useMeetings } from '@/features/meetings/api/get-meetings'
import { MeetingsTable } from '@/features/meetings/components/meetings-table'
import { usePeople } from '@/features/people/api/get-people'
import { countReportsByMeeting } from '@/features/reports/api/count-reports'
import { useReports } from '@/features/reports/api/get-reports'

export function BoardPage() {
  const boardId = useParams().boardId ?? ''
  const { data: board } = useBoard(boardId)
  const { data: people } = usePeople()
  const { data: meetings } = useMeetings({ boardId })
  const { data: reports } = useReports({ boardId })
  const location = useLocation()
  const flash = (location.state as { flash?: string } | null)?.flash
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  const today = todayIso()
  const upcoming = meetings.filter((meeting) => meeting.date >= today)

  return (
    <>
      {flash ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      ) : null}
      <Link to="/boards" className="govuk-back-link">
        Back to boards
      </Link>
      <PageHeading caption={boardKindLabels[board.kind]}>{board.name}</PageHeading>
      <SummaryList
        rows={[
          { key: 'Chair', value: name(board.chairId) },
          {
            key: 'Members',
            value:
              board.memberIds.length === 0 ? (
                'None yet'
              ) : (
                <ul className="govuk-list">
                  {board.memberIds.map((id) => (
                    <li key={id}>{name(id)}</li>
                  ))}
                </ul>
              ),
          },
          { key: 'Papers lead time', value: `${board.papersLeadDays} clear working ${board.papersLeadDays === 1 ? 'day' : 'days'}` },
          { key: 'Milestones are stale after', value: `${board.staleAfterDays} ${board.staleAfterDays === 1 ? 'day' : 'days'} without an update` },
        ]}
      />
      <MeetingsTable caption="Upcoming meetings" meetings={upcoming} boards={[board]} counts={countReportsByMeeting(reports)} showBoard={false} />
    </>
  )
}
