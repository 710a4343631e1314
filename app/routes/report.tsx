import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { recurrenceLabels, reportStatusLabels } from '@/contract/reports'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { SummaryList } from '@/components/summary-list'
import { formatDate } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { reportQueryOptions } from '@/features/reports/api/get-report'
import { useTransitionReport } from '@/features/reports/api/transition-report'
import { reportsQueryOptions } from '@/features/reports/api/get-reports'
import { DeferralRequest } from '@/features/reports/components/deferral-request'
import { PaperLink } from '@/features/reports/components/paper-link'
import { ReportHistory } from '@/features/reports/components/report-history'
import { ReportStatusForm } from '@/features/reports/components/report-status-form'
import { ReportStatusTag } from '@/features/reports/components/report-status-tag'
import { dueInWords } from '@/features/reports/components/reports-table'
import { pageUrls } from '@/lib/page-urls'
import { reportMovesFor } from '@/domain/permissions'
import { latestSubmission } from '@/domain/report-status'

/** The report, then the board that asked for it, with that board's meetings and reports (the series it belongs to). */
const reportData = definePageData(
  ({ params }) => ({ report: reportQueryOptions(params.reportId ?? ''), people: peopleQueryOptions() }),
  ({ report }) => {
    const boardId = report.requestedByBoardId
    return { board: boardQueryOptions(boardId), meetings: meetingsQueryOptions({ boardId }), related: reportsQueryOptions({ boardId }) }
  },
)

export const loader = reportData.loader
export { ReportPage as Component }

/** Keyed by the id, so moving to another report starts with fresh form and save state. */
export function ReportPage() {
  const reportId = useParams().reportId ?? ''
  return <ReportPageContent key={reportId} />
}

function ReportPageContent() {
  const { report, board, meetings, related, people } = reportData.usePageData()
  const person = useActingPerson()
  const transition = useTransitionReport()
  // The version the person's own request to defer (or decision on one) left the report at.
  const [deferralVersion, setDeferralVersion] = useState(0)
  // Shown from the mutation itself: the form goes away once a report can move no further.
  const moved = transition.isSuccess ? transition.data.status : null
  const name = (id: string) => people.find((candidate) => candidate.id === id)?.name ?? 'Unknown person'
  const requestedAt = meetings.find((meeting) => meeting.id === report.requestedAtMeetingId)
  const next = related.find((candidate) => candidate.previousInstanceId === report.id)
  const previous = related.find((candidate) => candidate.id === report.previousInstanceId)

  const moves = reportMovesFor(person, report, board)
  const submission = latestSubmission(report.history)

  return (
    <>
      <Link to={pageUrls.reports()} className="govuk-back-link">
        Back to reports
      </Link>
      {moved ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">
            Saved. The report is now {reportStatusLabels[moved].toLowerCase()}.
            {moved === 'considered' && next ? (
              <>
                {' '}
                The next one is due: <Link className="govuk-notification-banner__link" to={pageUrls.report(next.id)}>{dueInWords(next, meetings)}</Link>.
              </>
            ) : null}
          </p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={board.name}>{report.title}</PageHeading>
      <p className="app-status-now">
        <span className="govuk-visually-hidden">Status: </span>
        <ReportStatusTag status={report.status} late={report.overdue} />
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Asked for by', value: <Link className="govuk-link" to={pageUrls.board(board.id)}>{board.name}</Link> },
              { key: 'Asked for at', value: requestedAt ? `The meeting on ${formatDate(requestedAt.date)}` : 'Not at a meeting' },
              {
                key: 'Due',
                value: report.dueMeetingId ? (
                  <Link className="govuk-link" to={pageUrls.meeting(report.dueMeetingId)}>
                    {dueInWords(report, meetings)}
                  </Link>
                ) : (
                  dueInWords(report, meetings)
                ),
              },
              { key: 'Author', value: name(report.authorId) },
              ...(submission?.paperUrl ? [{ key: 'The paper', value: <PaperLink url={submission.paperUrl} /> }] : []),
              ...(submission?.note ? [{ key: 'Note from the author', value: <span className="app-pre-wrap">{submission.note}</span> }] : []),
              { key: 'How often', value: recurrenceLabels[report.recurrence] },
              ...(report.description ? [{ key: 'What was asked for', value: <span className="app-pre-wrap">{report.description}</span> }] : []),
              ...(previous ? [{ key: 'Previous one', value: <Link className="govuk-link" to={pageUrls.report(previous.id)}>{dueInWords(previous, meetings)}</Link> }] : []),
              ...(next ? [{ key: 'Next one', value: <Link className="govuk-link" to={pageUrls.report(next.id)}>{dueInWords(next, meetings)}</Link> }] : []),
            ]}
          />
          <DeferralRequest report={report} board={board} meetings={meetings} people={people} person={person} onSaved={(saved) => setDeferralVersion(saved.version)} />
          {moves.length > 0 ? (
            <section className="app-no-print" aria-labelledby="change-status">
              <h2 className="govuk-heading-m" id="change-status">
                Change its status
              </h2>
              <ReportStatusForm ownVersion={deferralVersion} report={report} moves={moves} meetings={meetings} transition={transition} />
            </section>
          ) : null}
          <h2 className="govuk-heading-m">History</h2>
          <ReportHistory history={report.history} people={people} meetings={meetings} />
        </div>
      </div>
    </>
  )
}
