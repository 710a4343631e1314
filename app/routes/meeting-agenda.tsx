import { useNavigate } from 'react-router'
import { CancelToMeeting, MeetingSubpage } from '@/features/meetings/components/meeting-subpage'
import { pageUrls } from '@/lib/page-urls'
import { mayScheduleMeetings } from '@/domain/permissions'
import { AgendaForm } from '@/features/meetings/components/agenda-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { meetingFormData } from './meeting-data'

export const loader = meetingFormData.loader
export { MeetingAgendaPage as Component }

export function MeetingAgendaPage() {
  const { meeting, board, actions } = meetingFormData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const back = pageUrls.meeting(meeting.id)
  const permission = mayScheduleMeetings(person, board)

  return (
    <MeetingSubpage meeting={meeting} board={board} title="Change the agenda" permission={permission}>
      <AgendaForm
        meeting={meeting}
        actionsUnder={(itemId) => actions.filter((action) => action.agendaItemId === itemId).length}
        onSaved={() => navigate(back, { state: { flash: 'The agenda is saved.' } })}
        cancel={<CancelToMeeting meeting={meeting} />}
      />
    </MeetingSubpage>
  )
}
