import { Link, useNavigate, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page'
import { formatDate } from '@/lib/dates'
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
    <>
      <Link to={back} className="govuk-back-link">
        Back to the meeting
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={`${board.name}, ${formatDate(meeting.date)}`}>Add an action</PageHeading>
          {!permission.allowed ? (
            <p className="govuk-body">{permission.reason}</p>
          ) : (
            <ActionForm
              meetingId={meeting.id}
              agenda={meeting.agenda}
              people={people.filter((candidate) => candidate.active)}
              laterMeetings={meetings.filter((candidate) => candidate.date > meeting.date && candidate.status !== 'cancelled')}
              initialItemId={search.get('item') ?? undefined}
              onCreated={() => navigate(back, { state: { flash: 'The action is added.' } })}
            />
          )}
        </div>
      </div>
    </>
  )
}
