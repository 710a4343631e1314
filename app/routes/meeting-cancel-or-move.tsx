import { Link, useNavigate } from 'react-router'
import { todayIso } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { mayScheduleMeetings } from '@/domain/permissions'
import { mayCancelOrMove } from '@/features/meetings/cancel-or-move'
import { CancelOrMoveChoice } from '@/features/meetings/components/cancel-or-move-choice'
import { MeetingSubpage } from '@/features/meetings/components/meeting-subpage'
import { useActingPerson } from '@/features/people/api/get-people'
import { meetingFormData } from './meeting-data'

export const loader = meetingFormData.loader
export { MeetingCancelOrMovePage as Component }

/** The chair's first question about a meeting to come: move it, or cancel it. */
export function MeetingCancelOrMovePage() {
  const { meeting, board } = meetingFormData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const chairs = mayScheduleMeetings(person, board)
  const permission = chairs.allowed ? mayCancelOrMove(meeting, todayIso()) : chairs

  return (
    <MeetingSubpage meeting={meeting} board={board} title="Cancel or move this meeting" permission={permission}>
      <CancelOrMoveChoice
        onChoose={(choice) => navigate(choice === 'move' ? pageUrls.meetingMove(meeting.id) : pageUrls.meetingCancel(meeting.id))}
        cancel={
          <Link className="govuk-link" to={pageUrls.meeting(meeting.id)}>
            Keep the meeting as it is
          </Link>
        }
      />
    </MeetingSubpage>
  )
}
