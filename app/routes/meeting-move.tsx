import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { todayIso } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { mayScheduleMeetings } from '@/domain/permissions'
import { mayCancelOrMove, movedMessage } from '@/features/meetings/cancel-or-move'
import { MeetingSubpage } from '@/features/meetings/components/meeting-subpage'
import { MoveMeetingForm } from '@/features/meetings/components/move-meeting-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { meetingFormData } from './meeting-data'

export const loader = meetingFormData.loader
export { MeetingMovePage as Component }

export function MeetingMovePage() {
  const { meeting, board, meetings } = meetingFormData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const chairs = mayScheduleMeetings(person, board)
  // Decided as the page opens: the save changes the meeting, and must not take the form away before it leads on to the meeting.
  const [stillToCome] = useState(() => mayCancelOrMove(meeting, todayIso()))
  const permission = chairs.allowed ? stillToCome : chairs

  return (
    <MeetingSubpage meeting={meeting} board={board} title="Move the meeting to a new date" permission={permission}>
      <MoveMeetingForm
        meeting={meeting}
        board={board}
        meetings={meetings}
        onMoved={(moved) => navigate(pageUrls.meeting(moved.id), { state: { flash: movedMessage(moved) } })}
        cancel={
          <Link className="govuk-link" to={pageUrls.meeting(meeting.id)}>
            Keep the meeting as it is
          </Link>
        }
      />
    </MeetingSubpage>
  )
}
