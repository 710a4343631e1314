import { differenceInCalendarDays, parseISO } from 'date-fns'
import { Link, useLocation } from 'react-router'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { SummaryList } from '@/components/summary-list'
import { formatDate, formatDateWithDay, todayIso } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { usePrintedPages } from '@/lib/print-pages'
import { mayBringInMinutes, mayCompleteAction, mayPublishPacks, mayRecordActions, mayRequestReports, mayScheduleMeetings } from '@/domain/permissions'
import { actionsQueryOptions } from '@/features/actions/api/get-actions'
import { ActionsTable } from '@/features/actions/components/actions-table'
import { ActionsUnderItem } from '@/features/actions/components/actions-under-item'
import { councilQueryOptions } from '@/features/council/api/council'
import { meetingPackQueryOptions, meetingQueryOptions } from '@/features/meetings/api/get-meeting'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { packPublicationsQueryOptions } from '@/features/meetings/api/get-pack-versions'
import { AgendaList } from '@/features/meetings/components/agenda-list'
import { AttendanceSummary } from '@/features/meetings/components/attendance-summary'
import { PackPublicationNotice } from '@/features/meetings/components/pack-publication'
import { PrintPack } from '@/features/meetings/components/print-pack'
import { formatTime } from '@/features/meetings/time'
import { MeetingStatus } from '@/features/meetings/components/meeting-status'
import { SchedulingWarnings } from '@/features/meetings/components/scheduling-warnings'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { itemParts, milestonesInWords, packItems, PackFrontSheet, PackItemParts, PackPart, PackStatusSummary, printedParts } from './pack-parts'
import { countOf } from '@/lib/plural'

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
    council: councilQueryOptions(),
    publications: packPublicationsQueryOptions(params.meetingId ?? ''),
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
  return `${formatDate(deadline)} (in ${countOf(days, 'day', 'days')})`
}

export function MeetingPage() {
  const { meeting, pack, meetings, people, actions, council, publications } = meetingData.usePageData()
  const { board, previousMeeting } = pack
  const today = todayIso()
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  const late = pack.reports.filter((report) => report.late).length
  const person = useActingPerson()
  const flash = (useLocation().state as { flash?: string } | null)?.flash
  const chairs = mayScheduleMeetings(person, board).allowed
  const recordsActions = mayRecordActions(person, board).allowed
  const mayComplete = (action: (typeof actions)[number]) => mayCompleteAction(person, action, board).allowed
  // The meeting can be recorded from its day; before then there is nothing to record.
  const dayHasCome = meeting.date <= today && meeting.status !== 'cancelled'
  const items = packItems(meeting.agenda)
  const title = `${board.name}, ${formatDate(meeting.date)}`
  usePrintedPages(title, printedParts(itemParts(pack, items)))
  // A cancelled meeting is not changed any more: only where its business went is said.
  const changes = chairs && meeting.status !== 'cancelled'
  const change = (what: string) =>
    changes ? (
      <Link className="govuk-link app-no-print" to={pageUrls.meetingEdit(meeting.id)}>
        Change<span className="govuk-visually-hidden"> the {what}</span>
      </Link>
    ) : undefined

  return (
    <article className="app-meeting-pack">
      <PackFrontSheet councilName={council?.name ?? ''} meeting={meeting} pack={pack} today={today} />
      <div className="app-no-print">
        {flash ? (
          <NotificationBanner kind="success">
            <p className="govuk-notification-banner__heading">{flash}</p>
          </NotificationBanner>
        ) : null}
        <Link to={pageUrls.meetings({ boardId: board.id })} className="govuk-back-link">
          Back to meetings
        </Link>
        <PageHeading title={title} caption={`${board.name}: ${meetingStage(meeting, today)}`}>
          {formatDateWithDay(meeting.date)}
        </PageHeading>
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
            { key: 'Milestones', value: milestonesInWords(pack) },
            {
              key: 'Reports',
              value: `${pack.reports.length} due, ${pack.reports.filter((report) => report.status === 'submitted' || report.status === 'considered').length} submitted${late > 0 ? `, ${late} late` : ''}`,
            },
          ]}
        />
        <PackPublicationNotice
          meeting={meeting}
          publication={pack.publication}
          publications={publications}
          publishedBy={(id) => (id ? name(id) : null)}
          mayPublish={mayPublishPacks(person, board).allowed && meeting.status !== 'cancelled'}
          hasPreviousMeeting={previousMeeting !== null}
        />
        <div className="govuk-button-group">
          {changes ? (
            <Link to={pageUrls.meetingAgenda(meeting.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
              Change the agenda
            </Link>
          ) : null}
          {chairs && dayHasCome ? (
            <Link to={pageUrls.meetingRecord(meeting.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
              Record the meeting
            </Link>
          ) : null}
          {mayBringInMinutes(person, board).allowed && dayHasCome ? (
            <Link to={pageUrls.meetingMinutes(meeting.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
              Bring in the minutes
            </Link>
          ) : null}
          {recordsActions && meeting.status !== 'cancelled' ? (
            <Link to={pageUrls.newAction(meeting.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
              Add an action
            </Link>
          ) : null}
          {chairs && meeting.status === 'scheduled' && meeting.date >= today ? (
            <Link to={pageUrls.meetingCancelOrMove(meeting.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
              Cancel or move this meeting
            </Link>
          ) : null}
          {mayRequestReports(person, board).allowed ? (
            <Link className="govuk-link" to={pageUrls.newReport({ boardId: board.id, meetingId: meeting.id })}>
              Request a report
            </Link>
          ) : null}
        </div>
        <PrintPack fileName={`${board.name} meeting pack, ${formatDate(meeting.date)}`} />
      </div>

      <PackPart partKey="agenda">
        {dayHasCome || meeting.attendance ? (
          <section className={`app-pack-section${meeting.attendance ? '' : ' app-no-print'}`} aria-labelledby="attendance">
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
      </PackPart>

      <PackPart partKey="summary">
        <PackStatusSummary pack={pack} people={people} />
      </PackPart>

      <PackPart partKey="record" className={actions.length === 0 ? 'app-no-print' : undefined}>
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
      </PackPart>

      <PackItemParts pack={pack} items={items} people={people} meetings={meetings} mayComplete={mayComplete} />
    </article>
  )
}
