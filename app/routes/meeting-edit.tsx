import { useNavigate } from 'react-router'
import { CancelToMeeting, MeetingSubpage } from '@/features/meetings/components/meeting-subpage'
import { pageUrls } from '@/lib/page-urls'
import { mayScheduleMeetings } from '@/domain/permissions'
import { MeetingDetailsForm } from '@/features/meetings/components/meeting-details-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { meetingFormData } from './meeting-data'

export const loader = meetingFormData.loader
export { MeetingEditPage as Component }

export function MeetingEditPage() {
  const { meeting, board, meetings } = meetingFormData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const back = pageUrls.meeting(meeting.id)
  const permission = mayScheduleMeetings(person, board)

  return (
    <MeetingSubpage meeting={meeting} board={board} title="Change the date, time or venue" permission={permission}>
      <MeetingDetailsForm
        meeting={meeting}
        board={board}
        meetings={meetings}
        onSaved={() => navigate(back, { state: { flash: 'The meeting’s date, time and venue are saved.' } })}
        cancel={<CancelToMeeting meeting={meeting} />}
      />
    </MeetingSubpage>
  )
}
