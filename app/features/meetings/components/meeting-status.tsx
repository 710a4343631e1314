import { Link } from 'react-router'
import type { Meeting } from '@/contract/meetings'
import { meetingStatusLabels } from '@/contract/meeting-words'
import { formatDateWithDay } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'

/** A meeting's status in words; a cancelled one says where its business (its reports due and open actions) went. */
export function MeetingStatus({ meeting, meetings }: { meeting: Meeting; meetings: readonly Meeting[] }) {
  if (meeting.status !== 'cancelled') return <>{meetingStatusLabels[meeting.status]}</>
  const movedTo = meetings.find((each) => each.id === meeting.businessMovedTo)
  return (
    <>
      <strong className="govuk-tag govuk-tag--grey">{meetingStatusLabels.cancelled}</strong>
      <span className="govuk-!-display-block govuk-!-margin-top-1">
        {movedTo ? (
          <>
            Its reports due and open actions were moved to the meeting on{' '}
            <Link className="govuk-link" to={pageUrls.meeting(movedTo.id)}>
              {formatDateWithDay(movedTo.date)}
            </Link>
            .
          </>
        ) : (
          'Its reports due and open actions were not moved to another meeting.'
        )}
      </span>
    </>
  )
}
