import { differenceInCalendarDays, parseISO } from 'date-fns'
import { Link, useLocation } from 'react-router'
import { dateChangeStatusLabels, type DateChangeStatus } from '@/contract/date-changes'
import { meetingStatusLabels } from '@/contract/meetings'
import type { MeetingPack } from '@/contract/pack'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { SummaryList } from '@/components/summary-list'
import { formatDate, formatDateWithDay, todayIso } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { MeasureStatusLegend } from '@/features/measures/components/measure-status-tag'
import { MeasuresTable } from '@/features/measures/components/measures-table'
import { meetingPackQueryOptions } from '@/features/meetings/api/get-meeting'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { MilestonesTable } from '@/features/milestones/components/milestones-table'
import { MilestoneStatusTag, RagChange, RagLegend } from '@/features/milestones/components/rag-tag'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { ReportStatusTag } from '@/features/reports/components/report-status-tag'
import { pageUrls } from '@/lib/page-urls'
import { countsAsComplete, isAwaitingSignOff } from '@/domain/milestone-status'
import { mayRequestReports } from '@/domain/permissions'

/** The meeting's pack, then its board's meetings (to date the reports deferred from earlier ones). */
const meetingData = definePageData(
  ({ params }) => ({ pack: meetingPackQueryOptions(params.meetingId ?? ''), people: peopleQueryOptions() }),
  ({ pack }) => ({ meetings: meetingsQueryOptions({ boardId: pack.board.id }) }),
)

export const loader = meetingData.loader
export { MeetingPage as Component }

function deadlineInWords(deadline: string, today: string): string {
  const days = differenceInCalendarDays(parseISO(deadline), parseISO(today))
  if (days < 0) return `${formatDate(deadline)} (passed)`
  if (days === 0) return `${formatDate(deadline)} (today)`
  return `${formatDate(deadline)} (in ${days} ${days === 1 ? 'day' : 'days'})`
}

export function MeetingPage() {
  const { pack, meetings, people } = meetingData.usePageData()
  const { meeting, board, previousMeeting } = pack
  const today = todayIso()
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  const meetingDate = (id: string | null) => {
    const found = meetings.find((candidate) => candidate.id === id)
    return found ? formatDate(found.date) : 'an earlier meeting'
  }
  const since = previousMeeting ? `since the last meeting on ${formatDate(previousMeeting.date)}` : 'so far'
  const late = pack.reports.filter((report) => report.late).length
  const person = useActingPerson()
  const flash = (useLocation().state as { flash?: string } | null)?.flash

  return (
    <article className="app-meeting-pack">
      {flash ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      ) : null}
      <Link to={pageUrls.meetings({ boardId: board.id })} className="govuk-back-link app-no-print">
        Back to meetings
      </Link>
      <PageHeading title={`${board.name}, ${formatDate(meeting.date)}`} caption={`${board.name}: before the meeting`}>
        {formatDateWithDay(meeting.date)}
      </PageHeading>
      <p className="govuk-body app-print-only">Meeting pack printed on {formatDate(today)}.</p>
      <SummaryList
        rows={[
          { key: 'Papers deadline', value: deadlineInWords(meeting.papersDeadline, today) },
          { key: 'Meeting', value: meetingStatusLabels[meeting.status] },
          ...(meeting.location ? [{ key: 'Where', value: meeting.location }] : []),
          { key: 'Previous meeting', value: previousMeeting ? formatDate(previousMeeting.date) : 'None' },
          {
            key: 'Milestones',
            value: milestonesInWords(pack, since),
          },
          {
            key: 'Reports',
            value: `${pack.reports.length} due, ${pack.reports.filter((report) => report.status === 'submitted' || report.status === 'considered').length} submitted${late > 0 ? `, ${late} late` : ''}`,
          },
        ]}
      />
      <div className="govuk-button-group app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print the meeting pack
        </button>
        {mayRequestReports(person, board).allowed ? (
          <Link className="govuk-link" to={pageUrls.newReport({ boardId: board.id })}>
            Request a report
          </Link>
        ) : null}
      </div>

      <section className="app-pack-section" aria-labelledby="reports-due">
        <h2 className="govuk-heading-m" id="reports-due">
          Reports due at this meeting
        </h2>
        {pack.reports.length === 0 ? (
          <p className="govuk-body">No reports are due at this meeting.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Reports due at this meeting</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Report</th>
                <th scope="col" className="govuk-table__header">Author</th>
                <th scope="col" className="govuk-table__header">Status</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {pack.reports.map((report) => (
                <tr className="govuk-table__row" key={report.id}>
                  <th scope="row" className="govuk-table__header">
                    <Link className="govuk-link" to={pageUrls.report(report.id)}>
                      {report.title}
                    </Link>
                  </th>
                  <td className="govuk-table__cell">{name(report.authorId)}</td>
                  <td className="govuk-table__cell">
                    <ReportStatusTag status={report.status} late={report.late} />
                    {report.deferredFromMeetingId ? (
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                        Deferred from {meetingDate(report.deferredFromMeetingId)}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {late > 0 ? (
          <p className="govuk-body-s">Late: past the papers deadline of {formatDate(meeting.papersDeadline)} and not yet submitted.</p>
        ) : null}
      </section>

      <section className="app-pack-section" aria-labelledby="milestones-due">
        <h2 className="govuk-heading-m" id="milestones-due">
          Milestones due {since}
        </h2>
        <RagLegend staleAfterDays={board.staleAfterDays} />
        {pack.milestonesDue.length === 0 ? (
          <p className="govuk-body">No milestones fell due in this period.</p>
        ) : (
          <MilestonesTable caption={`Milestones due ${since}, up to this meeting`} milestones={pack.milestonesDue} people={people} hideCaption />
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="milestones-overdue">
        <h2 className="govuk-heading-m" id="milestones-overdue">
          Overdue milestones
        </h2>
        {pack.overdueMilestones.length === 0 ? (
          <p className="govuk-body">No milestones are overdue.</p>
        ) : (
          <MilestonesTable caption={`${pack.overdueMilestones.length} overdue now`} milestones={pack.overdueMilestones} people={people} hideCaption />
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="status-changes">
        <h2 className="govuk-heading-m" id="status-changes">
          Status changes {since}
        </h2>
        {pack.statusChanges.length === 0 ? (
          <p className="govuk-body">No status updates in this period.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Status changes {since}, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Milestone and commentary</th>
                <th scope="col" className="govuk-table__header">Change</th>
                <th scope="col" className="govuk-table__header">When and who</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {pack.statusChanges.map((change) => (
                <tr className="govuk-table__row" key={change.id}>
                  <th scope="row" className="govuk-table__header">
                    <Link className="govuk-link" to={pageUrls.milestone(change.milestoneId)}>
                      {change.milestoneTitle}
                    </Link>
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text app-pre-wrap">{change.commentary}</span>
                  </th>
                  <td className="govuk-table__cell">
                    {change.kind === 'signed-off' ? (
                      <>
                        <MilestoneStatusTag milestone={{ rag: 'blue', signOff: 'signed-off' }} /> <span className="govuk-body-s">signed off by the chair</span>
                      </>
                    ) : (
                      <RagChange from={change.fromRag} to={change.rag} />
                    )}
                    {change.kind === 'sent-back' ? <span className="govuk-body-s govuk-!-display-block">Completion sent back by the chair</span> : null}
                  </td>
                  <td className="govuk-table__cell govuk-body-s">
                    {formatDate(change.at.slice(0, 10))}
                    <span className="govuk-!-display-block">{name(change.authorId)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="dates-changed">
        <h2 className="govuk-heading-m" id="dates-changed">
          Dates changed {since}
        </h2>
        {pack.dateChanges.length === 0 ? (
          <p className="govuk-body">No due dates were changed or proposed in this period.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Due dates changed or proposed {since}, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Milestone and reason</th>
                <th scope="col" className="govuk-table__header">From</th>
                <th scope="col" className="govuk-table__header">To</th>
                <th scope="col" className="govuk-table__header">Asked for by</th>
                <th scope="col" className="govuk-table__header">Decision</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {pack.dateChanges.map((change) => (
                <tr className="govuk-table__row" key={change.id}>
                  <th scope="row" className="govuk-table__header">
                    <Link className="govuk-link" to={pageUrls.milestone(change.milestoneId)}>
                      {change.milestoneTitle}
                    </Link>
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text app-pre-wrap">{change.reason}</span>
                  </th>
                  <td className="govuk-table__cell">{formatDate(change.fromDate)}</td>
                  <td className="govuk-table__cell">{formatDate(change.toDate)}</td>
                  <td className="govuk-table__cell govuk-body-s">
                    {name(change.proposedById)}
                    <span className="govuk-!-display-block">{formatDate(change.proposedAt.slice(0, 10))}</span>
                  </td>
                  <td className="govuk-table__cell">
                    <strong className={`govuk-tag ${dateChangeTagClasses[change.status]}`}>{dateChangeStatusLabels[change.status]}</strong>
                    {change.decidedById && change.decidedAt ? (
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">
                        {name(change.decidedById)}, {formatDate(change.decidedAt.slice(0, 10))}
                      </span>
                    ) : null}
                    {change.decisionNote ? <span className="govuk-body-s govuk-!-display-block app-pre-wrap">{change.decisionNote}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="awaiting-sign-off">
        <h2 className="govuk-heading-m" id="awaiting-sign-off">
          Completions awaiting sign-off
        </h2>
        {pack.awaitingSignOff.length === 0 ? (
          <p className="govuk-body">No completions await the chair’s sign-off.</p>
        ) : (
          <>
            <p className="govuk-body">Marked Complete by their owners; not counted as complete until the chair signs them off.</p>
            <MilestonesTable caption="Completions awaiting sign-off" milestones={pack.awaitingSignOff} people={people} hideCaption />
          </>
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="performance-measures">
        <h2 className="govuk-heading-m" id="performance-measures">
          Performance measures
        </h2>
        {pack.measures.length === 0 ? (
          <p className="govuk-body">The plan has no performance measures.</p>
        ) : (
          <>
            <p className="govuk-body">Each measure’s latest month as recorded by the end of the meeting day, and which way it moved since the month before.</p>
            <MeasuresTable caption="Performance measures: latest value and status" hideCaption showChange measures={pack.measures} />
            <MeasureStatusLegend />
          </>
        )}
      </section>
    </article>
  )
}

/** The pack's milestone counts in a sentence: complete only once signed off. */
function milestonesInWords(pack: MeetingPack, since: string): string {
  const due = pack.milestonesDue.filter((milestone) => !milestone.closedOn)
  const complete = due.filter(countsAsComplete).length
  const awaiting = due.filter(isAwaitingSignOff).length
  const changes = pack.dateChanges.length
  return `${due.length} due ${since}: ${complete} complete and signed off, ${awaiting} awaiting sign-off. ${pack.overdueMilestones.length} overdue now. ${changes} ${changes === 1 ? 'date change' : 'date changes'}; ${pack.awaitingSignOff.length} ${pack.awaitingSignOff.length === 1 ? 'completion' : 'completions'} awaiting sign-off in all.`
}

const dateChangeTagClasses: Record<DateChangeStatus, string> = {
  proposed: 'govuk-tag--yellow',
  agreed: 'govuk-tag--green',
  refused: 'govuk-tag--red',
}
