import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { formatDate, formatDateWithDay, todayIso } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { mayScheduleMeetings } from '@/domain/permissions'
import { attendeesOf, RecordForm } from '@/features/meetings/components/record-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { meetingFormData } from './meeting-data'

export const loader = meetingFormData.loader
export { MeetingRecordPage as Component }

/** The chair records who came and what was decided, once the meeting's day has come. */
export function MeetingRecordPage() {
  const { meeting, board, people } = meetingFormData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const back = pageUrls.meeting(meeting.id)
  const permission = mayScheduleMeetings(person, board)
  const notYet = meeting.date > todayIso()

  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back to the meeting
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={`${board.name}, ${formatDate(meeting.date)}`}>Record the meeting</PageHeading>
          {!permission.allowed ? (
            <p className="govuk-body">{permission.reason}</p>
          ) : meeting.status === 'cancelled' ? (
            <p className="govuk-body">This meeting was cancelled: there is nothing to record.</p>
          ) : notYet ? (
            <p className="govuk-body">The meeting has not happened yet. You can record it from its day, {formatDateWithDay(meeting.date)}.</p>
          ) : (
            <RecordForm
              meeting={meeting}
              attendees={attendeesOf(board, people, meeting)}
              marksHeld={meeting.status === 'scheduled'}
              onSaved={() => navigate(back, { state: { flash: 'The record of the meeting is saved.' } })}
              cancel={
                <Link className="govuk-link" to={back}>
                  Cancel
                </Link>
              }
            />
          )}
        </div>
      </div>
    </>
  )
}
