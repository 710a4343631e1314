import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { PageHeading } from '@/components/page'
import type { Board } from '@/contract/boards'
import type { Meeting } from '@/contract/meetings'
import type { Permission } from '@/domain/permissions'
import { formatDate } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'

/**
 * A page that changes one meeting (its details, agenda, record, a new action): a way back to the
 * meeting, the board and date above the title, then what the page offers, or, to someone who may
 * not, why not.
 */
export function MeetingSubpage({ meeting, board, title, permission, children }: { meeting: Meeting; board: Board; title: string; permission: Permission; children: ReactNode }) {
  return (
    <>
      <Link to={pageUrls.meeting(meeting.id)} className="govuk-back-link">
        Back to the meeting
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={`${board.name}, ${formatDate(meeting.date)}`}>{title}</PageHeading>
          {permission.allowed ? children : <p className="govuk-body">{permission.reason}</p>}
        </div>
      </div>
    </>
  )
}

/** The form's way out, back to the meeting unchanged. */
export function CancelToMeeting({ meeting }: { meeting: Pick<Meeting, 'id'> }) {
  return (
    <Link className="govuk-link" to={pageUrls.meeting(meeting.id)}>
      Cancel
    </Link>
  )
}
