import { Link } from 'react-router'
import { CellLabel } from '@/components/stacked-table'
import type { Board } from '@/contract/boards'
import type { Meeting } from '@/contract/meetings'
import type { Person } from '@/contract/people'
import { recurrenceLabels } from '@/contract/report-status'
import type { Report } from '@/contract/reports'
import { formatDate, formatMonth } from '@/lib/dates'
import { ReportStatusTag } from './report-status-tag'
import { pageUrls } from '@/lib/page-urls'

interface ReportsTableProps {
  reports: Report[]
  boards: Board[]
  meetings: Meeting[]
  people: Person[]
  caption: string
}

export function dueInWords(report: Report, meetings: Meeting[]): string {
  if (report.dueMeetingId) {
    const meeting = meetings.find((candidate) => candidate.id === report.dueMeetingId)
    return meeting ? `Meeting on ${formatDate(meeting.date)}` : 'A meeting no longer listed'
  }
  if (report.dueMonth) return formatMonth(report.dueMonth)
  return 'Next meeting'
}

export function ReportsTable({ reports, boards, meetings, people, caption }: ReportsTableProps) {
  const boardName = (id: string) => boards.find((board) => board.id === id)?.name ?? 'Unknown board'
  const personName = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  const requestedAt = (report: Report) => {
    const meeting = meetings.find((candidate) => candidate.id === report.requestedAtMeetingId)
    return meeting ? formatDate(meeting.date) : null
  }
  return (
    <table className="govuk-table app-stacked-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Report</th>
          <th scope="col" className="govuk-table__header">Asked for by</th>
          <th scope="col" className="govuk-table__header">Due</th>
          <th scope="col" className="govuk-table__header">Author</th>
          <th scope="col" className="govuk-table__header">Status</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {reports.map((report) => (
          <tr className="govuk-table__row" key={report.id}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={pageUrls.report(report.id)}>
                {report.title}
              </Link>
              {report.recurrence !== 'none' ? (
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">{recurrenceLabels[report.recurrence]}</span>
              ) : null}
            </th>
            <td className="govuk-table__cell">
              <CellLabel>Asked for by</CellLabel>
              {boardName(report.requestedByBoardId)}
              {requestedAt(report) ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">at the meeting on {requestedAt(report)}</span> : null}
            </td>
            <td className="govuk-table__cell">
              <CellLabel>Due</CellLabel>
              {dueInWords(report, meetings)}
            </td>
            <td className="govuk-table__cell">
              <CellLabel>Author</CellLabel>
              {personName(report.authorId)}
            </td>
            <td className="govuk-table__cell">
              <CellLabel>Status</CellLabel>
              <ReportStatusTag status={report.status} late={report.overdue} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
