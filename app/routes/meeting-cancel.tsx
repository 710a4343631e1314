import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { todayIso } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { mayScheduleMeetings } from '@/domain/permissions'
import { actionsQueryOptions } from '@/features/actions/api/get-actions'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingQueryOptions } from '@/features/meetings/api/get-meeting'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { businessOf, cancelledMessage, mayCancelOrMove, meetingsToMoveBusinessTo } from '@/features/meetings/cancel-or-move'
import { CancelMeetingForm } from '@/features/meetings/components/cancel-meeting-form'
import { MeetingSubpage } from '@/features/meetings/components/meeting-subpage'
import { useActingPerson } from '@/features/people/api/get-people'
import { reportsQueryOptions } from '@/features/reports/api/get-reports'

/** The meeting, then its board, the board's meetings, the reports due at it and the board's actions (its business). */
const cancelData = definePageData(
  ({ params }) => ({ meeting: meetingQueryOptions(params.meetingId ?? '') }),
  ({ meeting }) => ({
    board: boardQueryOptions(meeting.boardId),
    meetings: meetingsQueryOptions({ boardId: meeting.boardId }),
    reports: reportsQueryOptions({ dueMeetingId: meeting.id }),
    actions: actionsQueryOptions({ boardId: meeting.boardId }),
  }),
)

export const loader = cancelData.loader
export { MeetingCancelPage as Component }

export function MeetingCancelPage() {
  const { meeting, board, meetings, reports, actions } = cancelData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const today = todayIso()
  const chairs = mayScheduleMeetings(person, board)
  // Decided as the page opens: the save changes the meeting, and must not take the form away before it leads on to the meeting.
  const [stillToCome] = useState(() => mayCancelOrMove(meeting, today))
  const permission = chairs.allowed ? stillToCome : chairs
  const business = businessOf(meeting.id, reports, actions)

  return (
    <MeetingSubpage meeting={meeting} board={board} title="Cancel the meeting" permission={permission}>
      <CancelMeetingForm
        meeting={meeting}
        business={business}
        destinations={meetingsToMoveBusinessTo(meeting, meetings, today)}
        onCancelled={(cancelled, movedTo) => navigate(pageUrls.meeting(cancelled.id), { state: { flash: cancelledMessage(cancelled, business, movedTo) } })}
        keep={
          <Link className="govuk-link" to={pageUrls.meeting(meeting.id)}>
            Keep the meeting
          </Link>
        }
      />
    </MeetingSubpage>
  )
}
