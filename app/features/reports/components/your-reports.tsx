import { Link } from 'react-router'
import type { Board } from '@/contract/boards'
import type { Meeting } from '@/contract/meetings'
import type { Report } from '@/contract/reports'
import { formatDate } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { countOf } from '@/lib/plural'
import { chairsBoard, mayAuthorReports, type Actor } from '@/domain/permissions'
import { byUrgency, openReportOrderInWords } from '../order'
import { dueInWords } from './reports-table'
import { ReportStatusTag } from './report-status-tag'

interface YourReportsProps {
  person: NonNullable<Actor>
  reports: Report[]
  meetings: Meeting[]
  boards: Board[]
}

/** What the author does next with a report, in words. */
export function nextStepInWords(report: Report, meetings: Meeting[]): string {
  const meeting = meetings.find((candidate) => candidate.id === report.dueMeetingId)
  const meetingOn = (id: string) => {
    const found = meetings.find((candidate) => candidate.id === id)
    return found ? `the meeting on ${formatDate(found.date)}` : 'a meeting no longer listed'
  }
  if (report.deferralRequest) return `Waiting for the chair to decide on deferring it to ${meetingOn(report.deferralRequest.meetingId)}`
  if (report.status === 'submitted') return meeting ? `Awaiting the meeting on ${formatDate(meeting.date)}` : 'Awaiting the meeting'
  const last = report.history.at(-1)
  const declined = last?.kind === 'deferral-declined' ? 'The chair declined to defer it. ' : ''
  if (report.overdue) return `${declined}Late: submit it or ask the chair to defer`
  const by = meeting ? ` by the papers deadline, ${formatDate(meeting.papersDeadline)}` : ''
  if (report.status === 'deferred' && meeting) return `${declined}Deferred: now due at the meeting on ${formatDate(meeting.date)}. Submit it${by}`
  return `${declined}Submit it${by}`
}

/**
 * On the home page: for an author, the reports they owe (late first, then by when due) with the next
 * step; for a chair, the authors' requests to defer reports to their boards, each to decide.
 */
export function YourReports({ person, reports, meetings, boards }: YourReportsProps) {
  const mine = mayAuthorReports(person)
    ? byUrgency(
        reports.filter((report) => report.authorId === person.id && report.status !== 'considered' && report.status !== 'withdrawn'),
        meetings,
      )
    : []
  const chaired = new Set(boards.filter((board) => chairsBoard(person, board)).map((board) => board.id))
  const toDecide = reports.filter((report) => report.deferralRequest && chaired.has(report.requestedByBoardId))
  const boardName = (id: string) => boards.find((board) => board.id === id)?.name ?? 'Unknown board'
  const meetingDate = (id: string) => {
    const meeting = meetings.find((candidate) => candidate.id === id)
    return meeting ? formatDate(meeting.date) : 'a meeting no longer listed'
  }

  return (
    <>
      {mayAuthorReports(person) ? (
        <section aria-labelledby="your-reports" className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-l" id="your-reports">
            Your reports
          </h2>
          {mine.length === 0 ? (
            <p className="govuk-body">You have no reports to write.</p>
          ) : (
            <>
              <p className="govuk-body">
                You have {countOf(mine.length, 'report')} to write or to present. {mine.length > 1 ? `${openReportOrderInWords}.` : ''}
              </p>
              <ul className="govuk-list" aria-label="Your reports">
                {mine.map((report) => (
                  <li key={report.id} className="app-card">
                    <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                      <Link className="govuk-link" to={pageUrls.report(report.id)}>
                        {report.title}
                      </Link>
                    </h3>
                    <p className="govuk-body govuk-!-margin-bottom-1">
                      <ReportStatusTag status={report.status} late={report.overdue} /> for {boardName(report.requestedByBoardId)}, due: {dueInWords(report, meetings)}
                    </p>
                    <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0">Next: {nextStepInWords(report, meetings)}.</p>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
      {toDecide.length > 0 ? (
        <section aria-labelledby="deferral-requests" className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m" id="deferral-requests">
            Requests to defer a report
          </h2>
          <p className="govuk-body">{countOf(toDecide.length, 'request')} from {toDecide.length === 1 ? 'an author' : 'authors'}, for you to accept or decline.</p>
          <ul className="govuk-list govuk-list--bullet">
            {toDecide.map((report) => (
              <li key={report.id}>
                <Link className="govuk-link" to={pageUrls.report(report.id)}>
                  {report.title}
                </Link>
                : asked to defer to the meeting on {meetingDate(report.deferralRequest!.meetingId)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
