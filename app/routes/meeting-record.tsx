import { useNavigate } from 'react-router'
import { CancelToMeeting, MeetingSubpage } from '@/features/meetings/components/meeting-subpage'
import { formatDateWithDay, todayIso } from '@/lib/dates'
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
    <MeetingSubpage meeting={meeting} board={board} title="Record the meeting" permission={permission}>
      {meeting.status === 'cancelled' ? (
        <p className="govuk-body">This meeting was cancelled: there is nothing to record.</p>
      ) : notYet ? (
        <p className="govuk-body">The meeting has not happened yet. You can record it from its day, {formatDateWithDay(meeting.date)}.</p>
      ) : (
        <RecordForm
          meeting={meeting}
          attendees={attendeesOf(board, people, meeting)}
          marksHeld={meeting.status === 'scheduled'}
          onSaved={() => navigate(back, { state: { flash: 'The record of the meeting is saved.' } })}
          cancel={<CancelToMeeting meeting={meeting} />}
        />
      )}
    </MeetingSubpage>
  )
}
