import { Form, Link, useSearchParams } from 'react-router'
import { reportStatuses, reportStatusLabels } from '@/contract/reports'
import { PageHeading } from '@/components/page'
import { formatDate, todayIso } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { reportsQueryOptions } from '@/features/reports/api/get-reports'
import { reportsFilters } from '@/features/reports/filters'
import { ReportsTable } from '@/features/reports/components/reports-table'
import { FilterSelect } from '@/components/filter-fields'
import { pageUrls } from '@/lib/page-urls'
import { countOf } from '@/lib/plural'
import { byUrgency, reportOrderInWords } from '@/features/reports/order'
import { mayAuthorReports, mayRequestReports } from '@/domain/permissions'

const reportsData = definePageData(({ search }) => ({
  reports: reportsQueryOptions(reportsFilters(search)),
  boards: boardsQueryOptions(),
  meetings: meetingsQueryOptions(),
  people: peopleQueryOptions(),
}))

export const loader = reportsData.loader
export { ReportsPage as Component }

export function ReportsPage() {
  const [search] = useSearchParams()
  const filters = reportsFilters(search)
  const { reports, boards, meetings, people } = reportsData.usePageData()
  const count = countOf(reports.length, 'report')
  const ordered = byUrgency(reports, meetings)
  const person = useActingPerson()
  const chairsABoard = boards.some((board) => mayRequestReports(person, board).allowed)
  const authors = people.filter(mayAuthorReports)
  const upcoming = meetings.filter((meeting) => meeting.date >= todayIso() && meeting.status === 'scheduled')
  const boardName = (id: string) => boards.find((board) => board.id === id)?.name ?? ''

  return (
    <>
      <PageHeading>Reports</PageHeading>
      <p className="govuk-body">Every follow-up report a board has asked for: the work programme.</p>
      {chairsABoard ? (
        <Link to={pageUrls.newReport()} className="govuk-button" role="button" draggable={false}>
          Request a report
        </Link>
      ) : null}
      <Form method="get" className="govuk-!-margin-bottom-6 app-no-print">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <FilterSelect key={`b-${filters.boardId ?? ''}`} id="boardId" name="boardId" label="Asked for by" defaultValue={filters.boardId ?? ''} fullWidth>
                <option value="">All boards</option>
                {boards.map((board) => (
                  <option key={board.id} value={board.id}>
                    {board.name}
                  </option>
                ))}
            </FilterSelect>
          </div>
          <div className="govuk-grid-column-one-third">
            <FilterSelect key={`s-${filters.status ?? ''}`} id="status" name="status" label="Status" defaultValue={filters.status ?? ''} fullWidth>
                <option value="">Any status</option>
                {reportStatuses.map((status) => (
                  <option key={status} value={status}>
                    {reportStatusLabels[status]}
                  </option>
                ))}
            </FilterSelect>
          </div>
          <div className="govuk-grid-column-one-third">
            <FilterSelect key={`a-${filters.authorId ?? ''}`} id="authorId" name="authorId" label="Author" defaultValue={filters.authorId ?? ''} fullWidth>
                <option value="">Anyone</option>
                {authors.map((author) => (
                  <option key={author.id} value={author.id}>
                    {author.name}
                  </option>
                ))}
            </FilterSelect>
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <FilterSelect key={`m-${filters.dueMeetingId ?? ''}`} id="dueMeetingId" name="dueMeetingId" label="Due at" defaultValue={filters.dueMeetingId ?? ''} fullWidth>
                <option value="">Any meeting</option>
                {upcoming.map((meeting) => (
                  <option key={meeting.id} value={meeting.id}>
                    {formatDate(meeting.date)}, {boardName(meeting.boardId)}
                  </option>
                ))}
            </FilterSelect>
          </div>
          <div className="govuk-grid-column-one-third">
            <div className="govuk-form-group">
              <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-6">
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id="overdue" name="overdue" type="checkbox" value="true" defaultChecked={filters.overdue === 'true'} key={`o-${filters.overdue ?? ''}`} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="overdue">
                    Late only
                  </label>
                </div>
              </div>
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
          Show reports
        </button>
      </Form>
      <p className="govuk-body app-table-count" role="status">
        {count}
      </p>
      {reports.length === 0 ? (
        <p className="govuk-body">No reports match.</p>
      ) : (
        <>
          <p className="govuk-body govuk-!-font-weight-bold">{reportOrderInWords}.</p>
          <ReportsTable reports={ordered} boards={boards} meetings={meetings} people={people} caption="Follow-up reports" />
        </>
      )}
    </>
  )
}
