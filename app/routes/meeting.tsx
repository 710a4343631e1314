import { differenceInCalendarDays, parseISO } from 'date-fns'
import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import { dateChangeStatusLabels, type DateChangeStatus } from '@/contract/date-changes'
import { StackedTable } from '@/components/stacked-table'
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
import { mayCompleteAction, mayRecordActions, mayRequestReports, mayScheduleMeetings } from '@/domain/permissions'
import { actionsQueryOptions } from '@/features/actions/api/get-actions'
import { ActionsTable } from '@/features/actions/components/actions-table'
import { ActionsUnderItem } from '@/features/actions/components/actions-under-item'
import { meetingQueryOptions } from '@/features/meetings/api/get-meeting'
import { AgendaList } from '@/features/meetings/components/agenda-list'
import { AttendanceSummary } from '@/features/meetings/components/attendance-summary'
import { formatTime } from '@/features/meetings/time'
import { MeetingStatus } from '@/features/meetings/components/meeting-status'
import { SchedulingWarnings } from '@/features/meetings/components/scheduling-warnings'

/**
 * The meeting as it stands (its time, venue, agenda, decisions and attendance: the record is kept
 * up to date after the pack is published), its pack (frozen once published) and the actions agreed
 * at it, then its board's meetings (to date the reports deferred from earlier ones).
 */
const meetingData = definePageData(
  ({ params }) => ({
    meeting: meetingQueryOptions(params.meetingId ?? ''),
    pack: meetingPackQueryOptions(params.meetingId ?? ''),
    people: peopleQueryOptions(),
    actions: actionsQueryOptions({ meetingId: params.meetingId ?? '' }),
  }),
  ({ pack }) => ({ meetings: meetingsQueryOptions({ boardId: pack.board.id }) }),
)

export const loader = meetingData.loader
export { MeetingPage as Component }

/** Where the meeting stands, for its heading: a meeting already held is not "before the meeting". */
function meetingStage(meeting: { date: string; status: string }, today: string): string {
  if (meeting.status === 'cancelled') return 'cancelled meeting'
  if (meeting.status === 'held' || meeting.date < today) return 'the meeting record'
  return meeting.date === today ? 'the meeting, today' : 'before the meeting'
}

function deadlineInWords(deadline: string, today: string): string {
  const days = differenceInCalendarDays(parseISO(deadline), parseISO(today))
  if (days < 0) return `${formatDate(deadline)} (passed)`
  if (days === 0) return `${formatDate(deadline)} (today)`
  return `${formatDate(deadline)} (in ${days} ${days === 1 ? 'day' : 'days'})`
}

export function MeetingPage() {
  const { meeting, pack, meetings, people, actions } = meetingData.usePageData()
  const { board, previousMeeting } = pack
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
  const chairs = mayScheduleMeetings(person, board).allowed
  const recordsActions = mayRecordActions(person, board).allowed
  const mayComplete = (action: (typeof actions)[number]) => mayCompleteAction(person, action, board).allowed
  // The meeting can be recorded from its day; before then there is nothing to record.
  const dayHasCome = meeting.date <= today && meeting.status !== 'cancelled'
  const change = (what: string) =>
    chairs ? (
      <Link className="govuk-link app-no-print" to={pageUrls.meetingEdit(meeting.id)}>
        Change<span className="govuk-visually-hidden"> the {what}</span>
      </Link>
    ) : undefined

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
      <PageHeading title={`${board.name}, ${formatDate(meeting.date)}`} caption={`${board.name}: ${meetingStage(meeting, today)}`}>
        {formatDateWithDay(meeting.date)}
      </PageHeading>
      <p className="govuk-body app-print-only">Meeting pack printed on {formatDate(today)}.</p>
      <SummaryList
        rows={[
          {
            key: 'Date',
            value: (
              <>
                {formatDateWithDay(meeting.date)}
                <SchedulingWarnings warnings={meeting.warnings} />
              </>
            ),
            action: change('date'),
          },
          { key: 'Time', value: meeting.time ? formatTime(meeting.time) : 'Not set yet', action: change('time') },
          { key: 'Where', value: meeting.location ?? 'Not set yet', action: change('venue') },
          { key: 'Papers deadline', value: deadlineInWords(meeting.papersDeadline, today) },
          { key: 'Meeting', value: <MeetingStatus meeting={meeting} meetings={meetings} /> },
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
        {chairs ? (
          <Link to={pageUrls.meetingAgenda(meeting.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
            Change the agenda
          </Link>
        ) : null}
        {chairs && dayHasCome ? (
          <Link to={pageUrls.meetingRecord(meeting.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
            Record the meeting
          </Link>
        ) : null}
        {recordsActions ? (
          <Link to={pageUrls.newAction(meeting.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
            Add an action
          </Link>
        ) : null}
        {chairs && meeting.status === 'scheduled' && meeting.date >= today ? (
          <Link to={pageUrls.meetingCancelOrMove(meeting.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
            Cancel or move this meeting
          </Link>
        ) : null}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print the meeting pack
        </button>
        {mayRequestReports(person, board).allowed ? (
          <Link className="govuk-link" to={pageUrls.newReport({ boardId: board.id })}>
            Request a report
          </Link>
        ) : null}
      </div>

      {dayHasCome || meeting.attendance ? (
        <section className="app-pack-section" aria-labelledby="attendance">
          <h2 className="govuk-heading-m" id="attendance">
            Attendance
          </h2>
          {meeting.attendance ? (
            <AttendanceSummary attendance={meeting.attendance} name={name} />
          ) : (
            <p className="govuk-body">Not recorded yet.{chairs ? ' Record it with the decisions, from “Record the meeting”.' : ''}</p>
          )}
        </section>
      ) : null}

      <section className="app-pack-section" aria-labelledby="agenda">
        <h2 className="govuk-heading-m" id="agenda">
          Agenda
        </h2>
        <p className="govuk-body">
          In the order the meeting takes the items.
          {meeting.agendaSaved ? '' : ' This is the standing agenda: apologies, the minutes, the progress report, each report due and any other business.'}
        </p>
        <AgendaList
          agenda={meeting.agenda}
          under={(item, number) => (
            <>
              <ActionsUnderItem actions={actions.filter((action) => action.agendaItemId === item.id)} people={people} />
              {recordsActions && dayHasCome ? (
                <Link className="govuk-link govuk-body-s app-row-action app-no-print" to={pageUrls.newAction(meeting.id, { item: item.id })}>
                  Add an action<span className="govuk-visually-hidden"> under item {number}</span>
                </Link>
              ) : null}
            </>
          )}
        />
      </section>

      <section className="app-pack-section" aria-labelledby="actions-agreed">
        <h2 className="govuk-heading-m" id="actions-agreed">
          Actions agreed at this meeting
        </h2>
        {actions.length === 0 ? (
          <p className="govuk-body">No actions have been recorded at this meeting.</p>
        ) : (
          <ActionsTable caption="Most urgent first: open actions by when due, then done ones" actions={actions} people={people} mayComplete={mayComplete} />
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="actions-previous">
        <h2 className="govuk-heading-m" id="actions-previous">
          Actions from previous meetings
        </h2>
        {pack.actions.length === 0 ? (
          <p className="govuk-body">No actions from earlier meetings are open, and none was done {since}.</p>
        ) : (
          <ActionsTable
            caption={`Open ones first, most urgent first; then those done ${since}`}
            actions={pack.actions}
            people={people}
            agreedAt={{ meetingDate: (id) => meetings.find((candidate) => candidate.id === id)?.date }}
            mayComplete={mayComplete}
          />
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="reports-due">
        <h2 className="govuk-heading-m" id="reports-due">
          Reports due at this meeting
        </h2>
        {pack.reports.length === 0 ? (
          <p className="govuk-body">No reports are due at this meeting.</p>
        ) : (
          <StackedTable
            caption="By title"
            columns={['Report', 'Author', 'Status']}
            rows={pack.reports.map((report) => ({
              key: report.id,
              cells: [
                <Link key="report" className="govuk-link" to={pageUrls.report(report.id)}>
                  {report.title}
                </Link>,
                name(report.authorId),
                <>
                  <ReportStatusTag status={report.status} late={report.late} />
                  {report.deferredFromMeetingId ? (
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                      Deferred from {meetingDate(report.deferredFromMeetingId)}
                    </span>
                  ) : null}
                </>,
              ],
            }))}
          />
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
          <WideTable order="By due date, earliest first" label={`Milestones due ${since}`}>
            <MilestonesTable caption={`Milestones due ${since}, up to this meeting`} milestones={pack.milestonesDue} people={people} hideCaption />
          </WideTable>
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="milestones-overdue">
        <h2 className="govuk-heading-m" id="milestones-overdue">
          Overdue milestones
        </h2>
        {pack.overdueMilestones.length === 0 ? (
          <p className="govuk-body">No milestones are overdue.</p>
        ) : (
          <WideTable order="Most overdue first" label="Overdue milestones">
            <MilestonesTable caption={`${pack.overdueMilestones.length} overdue now`} milestones={pack.overdueMilestones} people={people} hideCaption />
          </WideTable>
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="status-changes">
        <h2 className="govuk-heading-m" id="status-changes">
          Status changes {since}
        </h2>
        {pack.statusChanges.length === 0 ? (
          <p className="govuk-body">No status updates in this period.</p>
        ) : (
          <StackedTable
            caption="Newest first"
            columns={['Milestone and commentary', 'Change', 'When and who']}
            rows={pack.statusChanges.map((change) => ({
              key: change.id,
              cells: [
                <>
                  <Link className="govuk-link" to={pageUrls.milestone(change.milestoneId)}>
                    {change.milestoneTitle}
                  </Link>
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text app-pre-wrap">{change.commentary}</span>
                </>,
                <>
                  {change.kind === 'signed-off' ? (
                    <>
                      <MilestoneStatusTag milestone={{ rag: 'blue', signOff: 'signed-off' }} /> <span className="govuk-body-s">signed off by the chair</span>
                    </>
                  ) : (
                    <RagChange from={change.fromRag} to={change.rag} />
                  )}
                  {change.kind === 'sent-back' ? <span className="govuk-body-s govuk-!-display-block">Completion sent back by the chair</span> : null}
                </>,
                <span key="when" className="govuk-body-s">
                  {formatDate(change.at.slice(0, 10))}
                  <span className="govuk-!-display-block">{name(change.authorId)}</span>
                </span>,
              ],
            }))}
          />
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="dates-changed">
        <h2 className="govuk-heading-m" id="dates-changed">
          Dates changed {since}
        </h2>
        {pack.dateChanges.length === 0 ? (
          <p className="govuk-body">No due dates were changed or proposed in this period.</p>
        ) : (
          <StackedTable
            caption="Newest first"
            columns={['Milestone and reason', 'From', 'To', 'Asked for by', 'Decision']}
            rows={pack.dateChanges.map((change) => ({
              key: change.id,
              cells: [
                <>
                  <Link className="govuk-link" to={pageUrls.milestone(change.milestoneId)}>
                    {change.milestoneTitle}
                  </Link>
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text app-pre-wrap">{change.reason}</span>
                </>,
                formatDate(change.fromDate),
                formatDate(change.toDate),
                <span key="asked" className="govuk-body-s">
                  {name(change.proposedById)}
                  <span className="govuk-!-display-block">{formatDate(change.proposedAt.slice(0, 10))}</span>
                </span>,
                <>
                  <strong className={`govuk-tag ${dateChangeTagClasses[change.status]}`}>{dateChangeStatusLabels[change.status]}</strong>
                  {change.decidedById && change.decidedAt ? (
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">
                      {name(change.decidedById)}, {formatDate(change.decidedAt.slice(0, 10))}
                    </span>
                  ) : null}
                  {change.decisionNote ? <span className="govuk-body-s govuk-!-display-block app-pre-wrap">{change.decisionNote}</span> : null}
                </>,
              ],
            }))}
          />
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
            <WideTable order="By due date, earliest first" label="Completions awaiting sign-off">
              <MilestonesTable caption="Completions awaiting sign-off" milestones={pack.awaitingSignOff} people={people} hideCaption />
            </WideTable>
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
            <WideTable order="By plan, then by name" label="Performance measures">
              <MeasuresTable caption="Performance measures: latest value and status" hideCaption showChange measures={pack.measures} />
            </WideTable>
            <MeasureStatusLegend />
          </>
        )}
      </section>
    </article>
  )
}

/** Another feature's table, which may be wider than a phone: it scrolls inside its own region, never the page. */
function WideTable({ order, label, children }: { order: string; label: string; children: ReactNode }) {
  return (
    <>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{order}</p>
      <div className="app-table-scroll" role="region" aria-label={`${label}, table`} tabIndex={0}>
        {children}
      </div>
    </>
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
