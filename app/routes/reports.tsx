import { Form, Link, useSearchParams } from 'react-router'
import { reportStatuses, reportStatusLabels } from '@/contract/reports'
import { PageHeading } from '@/components/page'
import { formatDate, todayIso } from '@/lib/dates'
import { useBoards } from '@/features/boards/api/get-boards'
import { useMeetings } from '@/features/meetings/api/get-meetings'
import { useActingPerson, usePeople } from '@/features/people/api/get-people'
import { useReports } from '@/features/reports/api/get-reports'
import { reportsFilters } from '@/features/reports/filters'
import { ReportsTable } from '@/features/reports/components/reports-table'


export function ReportsPage() {
  const [search] = useSearchParams()
  const filters = reportsFilters(search)
  const { data: reports } = useReports(filters)
  const { data: boards } = useBoards()
  const { data: meetings } = useMeetings()
  const { data: people } = usePeople()
  const count = reports.length === 1 ? '1 report' : `${reports.length} reports`
  const person = useActingPerson()
  const chairsABoard = boards.some((board) => board.chairId === person?.id)
  const authors = people.filter((candidate) => candidate.role === 'director')
  const upcoming = meetings.filter((meeting) => meeting.date >= todayIso() && meeting.status === 'scheduled')
  const boardName = (id: string) => boards.find((board) => board.id === id)?.name ?? ''

  return (
    <>
      <PageHeading>Reports</PageHeading>
      <p className="govuk-body">Every follow-up report a board has asked for: the work programme.</p>
      {chairsABoard ? (
        <Link to="/reports/new" className="govuk-button" role="button" draggable={false}>
          Request a report
        </Link>
      ) : null}
      <Form method="get" className="govuk-!-margin-bottom-6 app-no-print">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="boardId">
                Asked for by
              </label>
              <select className="govuk-select govuk-!-width-full" id="boardId" name="boardId" defaultValue={filters.boardId ?? ''} key={`b-${filters.boardId ?? ''}`}>
                <option value="">All boards</option>
                {boards.map((board) => (
                  <option key={board.id} value={board.id}>
                    {board.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-third">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="status">
                Status
              </label>
              <select className="govuk-select govuk-!-width-full" id="status" name="status" defaultValue={filters.status ?? ''} key={`s-${filters.status ?? ''}`}>
                <option value="">Any status</option>
                {reportStatuses.map((status) => (
                  <option key={status} value={status}>
                    {reportStatusLabels[status]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-third">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="authorId">
                Author
              </label>
              <select className="govuk-select govuk-!-width-full" id="authorId" name="authorId" defaultValue={filters.authorId ?? ''} key={`a-${filters.authorId ?? ''}`}>
                <option value="">Anyone</option>
                {authors.map((author) => (
                  <option key={author.id} value={author.id}>
                    {author.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="dueMeetingId">
                Due at
              </label>
              <select className="govuk-select govuk-!-width-full" id="dueMeetingId" name="dueMeetingId" defaultValue={filters.dueMeetingId ?? ''} key={`m-${filters.dueMeetingId ?? ''}`}>
                <option value="">Any meeting</option>
                {upcoming.map((meeting) => (
                  <option key={meeting.id} value={meeting.id}>
                    {formatDate(meeting.date)}, {boardName(meeting.boardId)}
                  </option>
                ))}
              </select>
            </div>
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
        <ReportsTable reports={reports} boards={boards} meetings={meetings} people={people} caption="Follow-up reports" />
      )}
    </>
  )
}
