import { Link, useNavigate, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page'
import { definePageData } from '@/lib/page-data'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { reportsQueryOptions } from '@/features/reports/api/get-reports'
import { ReportForm } from '@/features/reports/components/report-form'
import { pageUrls } from '@/lib/page-urls'
import { mayRequestReports } from '@/domain/permissions'

const newReportData = definePageData(() => ({ boards: boardsQueryOptions(), meetings: meetingsQueryOptions(), people: peopleQueryOptions(), reports: reportsQueryOptions() }))

export const loader = newReportData.loader
export { NewReportPage as Component }

export function NewReportPage() {
  const [search] = useSearchParams()
  const { boards, meetings, people, reports } = newReportData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const chaired = boards.filter((board) => mayRequestReports(person, board).allowed)
  const initialBoardId = chaired.some((board) => board.id === search.get('boardId')) ? (search.get('boardId') ?? undefined) : undefined

  return (
    <>
      <Link to={pageUrls.reports()} className="govuk-back-link">
        Back to reports
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>Request a report</PageHeading>
          {chaired.length === 0 ? (
            <p className="govuk-body">Only a board’s chair can ask for reports to it.</p>
          ) : (
            <ReportForm
              boards={chaired}
              meetings={meetings}
              people={people}
              reports={reports}
              initialBoardId={initialBoardId}
              initialMeeting={meetings.find((meeting) => meeting.id === search.get('meetingId') && meeting.boardId === initialBoardId && meeting.status !== 'cancelled')}
              onCreated={(report) => navigate(pageUrls.report(report.id))}
            />
          )}
        </div>
      </div>
    </>
  )
}
