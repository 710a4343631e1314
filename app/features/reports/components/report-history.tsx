import type { Meeting } from '@/contract/meetings'
import type { Person } from '@/contract/people'
import type { ReportEvent } from '@/contract/reports'
import { formatDate, formatInstant } from '@/lib/dates'
import { PaperLink } from './paper-link'
import { ReportStatusTag } from './report-status-tag'

interface ReportHistoryProps {
  history: ReportEvent[]
  people: Person[]
  meetings: Meeting[]
}

/** Every move the report made, newest first, with the meeting and reason where there was one. */
export function ReportHistory({ history, people, meetings }: ReportHistoryProps) {
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  const meetingDate = (id: string) => {
    const meeting = meetings.find((candidate) => candidate.id === id)
    return meeting ? formatDate(meeting.date) : 'a meeting no longer listed'
  }
  return (
    <ol className="app-history" reversed>
      {[...history].reverse().map((event, index) => (
        <li className="app-history__item" key={`${event.at}-${index}`}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
            {event.kind === 'deferral-asked' ? (
              <strong className="govuk-tag govuk-tag--purple">Asked to defer</strong>
            ) : event.kind === 'deferral-declined' ? (
              <strong className="govuk-tag govuk-tag--grey">Request to defer declined</strong>
            ) : (
              <ReportStatusTag status={event.to} />
            )}
            <span className="govuk-caption-m govuk-!-margin-top-1">
              {formatInstant(event.at)} by {name(event.byId)}
            </span>
          </h3>
          {event.kind === 'deferral-asked' && event.meetingId ? (
            <p className="govuk-body govuk-!-margin-bottom-1">Asked the chair to defer it to the meeting on {meetingDate(event.meetingId)}.</p>
          ) : event.kind === 'deferral-declined' && event.meetingId ? (
            <p className="govuk-body govuk-!-margin-bottom-1">The chair declined to defer it to the meeting on {meetingDate(event.meetingId)}.</p>
          ) : event.to === 'deferred' && event.meetingId ? (
            <p className="govuk-body govuk-!-margin-bottom-1">
              Deferred {event.fromMeetingId ? `from the meeting on ${meetingDate(event.fromMeetingId)} ` : ''}to the meeting on {meetingDate(event.meetingId)}.
            </p>
          ) : event.to === 'requested' && event.meetingId ? (
            <p className="govuk-body govuk-!-margin-bottom-1">Asked for at the meeting on {meetingDate(event.meetingId)}.</p>
          ) : event.to === 'considered' && event.meetingId ? (
            <p className="govuk-body govuk-!-margin-bottom-1">Considered at the meeting on {meetingDate(event.meetingId)}.</p>
          ) : null}
          {event.paperUrl ? (
            <p className="govuk-body govuk-!-margin-bottom-1">
              <PaperLink url={event.paperUrl} />
            </p>
          ) : null}
          {event.note ? (
            <p className="govuk-body app-pre-wrap">
              <span className="govuk-!-font-weight-bold">Note: </span>
              {event.note}
            </p>
          ) : null}
          {event.reason ? (
            <p className="govuk-body app-pre-wrap">
              <span className="govuk-!-font-weight-bold">Reason: </span>
              {event.reason}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
