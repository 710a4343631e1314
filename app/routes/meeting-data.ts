import { definePageData } from '@/lib/page-data'
import { actionsQueryOptions } from '@/features/actions/api/get-actions'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingQueryOptions } from '@/features/meetings/api/get-meeting'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { peopleQueryOptions } from '@/features/people/api/get-people'

/**
 * The pages that change a meeting (its details, agenda, record and actions): the meeting and the
 * people, then its board, the board's meetings and the actions agreed at it.
 */
export const meetingFormData = definePageData(
  ({ params }) => ({ meeting: meetingQueryOptions(params.meetingId ?? ''), people: peopleQueryOptions() }),
  ({ meeting }) => ({
    board: boardQueryOptions(meeting.boardId),
    meetings: meetingsQueryOptions({ boardId: meeting.boardId }),
    actions: actionsQueryOptions({ meetingId: meeting.id }),
  }),
)
