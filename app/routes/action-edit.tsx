import { Link, useNavigate } from 'react-router'
import { mayRecordActions } from '@/domain/permissions'
import { formatDate } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { actionQueryOptions } from '@/features/actions/api/get-action'
import { ActionForm } from '@/features/actions/components/action-form'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingQueryOptions } from '@/features/meetings/api/get-meeting'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { MeetingSubpage } from '@/features/meetings/components/meeting-subpage'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'

/** The action, then the meeting that agreed it, its board and the board's meetings (it may be due by a later one). */
const actionEditData = definePageData(
  ({ params }) => ({ action: actionQueryOptions(params.actionId ?? ''), people: peopleQueryOptions() }),
  ({ action }) => ({
    meeting: meetingQueryOptions(action.meetingId),
    board: boardQueryOptions(action.boardId),
    meetings: meetingsQueryOptions({ boardId: action.boardId }),
  }),
)

export const loader = actionEditData.loader
export { ActionEditPage as Component }

/** The chair changes an action's wording, owner or when it is due (a correction of the record). */
export function ActionEditPage() {
  const { action, people, meeting, board, meetings } = actionEditData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  // Its owner stays offered even if no longer active, so a correction of the wording keeps them.
  const owners = people.filter((candidate) => candidate.active || candidate.id === action.ownerId)

  return (
    <MeetingSubpage meeting={meeting} board={board} title="Change the action" permission={mayRecordActions(person, board)}>
      <p className="govuk-body">Agreed at the meeting on {formatDate(meeting.date)}.</p>
      <ActionForm
        meetingId={meeting.id}
        agenda={meeting.agenda}
        people={owners}
        laterMeetings={meetings.filter((candidate) => candidate.date > meeting.date && candidate.status !== 'cancelled')}
        action={action}
        onSaved={(saved) => navigate(pageUrls.action(saved.id), { state: { flash: 'The action is changed.' } })}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={pageUrls.action(action.id)}>
          Cancel
        </Link>
      </p>
    </MeetingSubpage>
  )
}
