import { useNavigate, useSearchParams } from 'react-router'
import { MeetingSubpage } from '@/features/meetings/components/meeting-subpage'
import { pageUrls } from '@/lib/page-urls'
import { mayRecordActions } from '@/domain/permissions'
import { ActionForm } from '@/features/actions/components/action-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { meetingFormData } from './meeting-data'

export const loader = meetingFormData.loader
export { NewActionPage as Component }

export function NewActionPage() {
  const { meeting, board, people, meetings } = meetingFormData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const back = pageUrls.meeting(meeting.id)
  const permission = mayRecordActions(person, board)

  return (
    <MeetingSubpage meeting={meeting} board={board} title="Add an action" permission={permission}>
      <ActionForm
        meetingId={meeting.id}
        agenda={meeting.agenda}
        people={people.filter((candidate) => candidate.active)}
        laterMeetings={meetings.filter((candidate) => candidate.date > meeting.date && candidate.status !== 'cancelled')}
        initialItemId={search.get('item') ?? undefined}
        onSaved={() => navigate(back, { state: { flash: 'The action is added.' } })}
      />
    </MeetingSubpage>
  )
}
