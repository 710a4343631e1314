import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { formatDate } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { mayScheduleMeetings } from '@/domain/permissions'
import { MeetingDetailsForm } from '@/features/meetings/components/meeting-details-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { meetingFormData } from './meeting-data'

export const loader = meetingFormData.loader
export { MeetingEditPage as Component }

export function MeetingEditPage() {
  const { meeting, board } = meetingFormData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const back = pageUrls.meeting(meeting.id)
  const permission = mayScheduleMeetings(person, board)

  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back to the meeting
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={`${board.name}, ${formatDate(meeting.date)}`}>Change the date, time or venue</PageHeading>
          {!permission.allowed ? (
            <p className="govuk-body">{permission.reason}</p>
          ) : (
            <MeetingDetailsForm
              meeting={meeting}
              board={board}
              onSaved={() => navigate(back, { state: { flash: 'The meeting’s date, time and venue are saved.' } })}
              cancel={
                <Link className="govuk-link" to={back}>
                  Cancel
                </Link>
              }
            />
          )}
        </div>
      </div>
    </>
  )
}
