import { Form, useLocation, useSearchParams } from 'react-router'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { todayIso } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { meetingsFilters } from '@/features/meetings/filters'
import { MeetingsTable } from '@/features/meetings/components/meetings-table'
import { countReportsByMeeting } from '@/features/reports/api/count-reports'
import { reportsQueryOptions } from '@/features/reports/api/get-reports'
import { FilterSelect } from '@/components/filter-fields'

const meetingsData = definePageData(({ search }) => {
  const filters = meetingsFilters(search)
  return { boards: boardsQueryOptions(), meetings: meetingsQueryOptions(filters), reports: reportsQueryOptions(filters) }
})

export const loader = meetingsData.loader
export { MeetingsPage as Component }

export function MeetingsPage() {
  const [search] = useSearchParams()
  const filters = meetingsFilters(search)
  const { boards, meetings, reports } = meetingsData.usePageData()
  const today = todayIso()
  const counts = countReportsByMeeting(reports)
  const upcoming = meetings.filter((meeting) => meeting.date >= today)
  const past = meetings.filter((meeting) => meeting.date < today).reverse()
  const flash = (useLocation().state as { flash?: string } | null)?.flash

  return (
    <>
      {flash ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading>Meetings</PageHeading>
      <Form method="get" className="govuk-!-margin-bottom-6 app-no-print">
        <FilterSelect id="boardId" name="boardId" label="Board" defaultValue={filters.boardId ?? ''} key={filters.boardId ?? ''}>
            <option value="">All boards</option>
            {boards.map((board) => (
              <option key={board.id} value={board.id}>
                {board.name}
              </option>
            ))}
        </FilterSelect>
        <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
          Show meetings
        </button>
      </Form>
      <MeetingsTable caption="Upcoming meetings" order="Soonest first." meetings={upcoming} boards={boards} counts={counts} showBoard={!filters.boardId} />
      <MeetingsTable caption="Past meetings" order="Most recent first." meetings={past} boards={boards} counts={counts} showBoard={!filters.boardId} />
    </>
  )
}
