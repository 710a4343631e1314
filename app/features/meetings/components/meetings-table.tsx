import { Link } from 'react-router'
import { CellLabel } from '@/components/stacked-table'
import type { Board } from '@/contract/boards'
import type { Meeting } from '@/contract/meetings'
import { meetingStatusLabels } from '@/contract/meeting-words'
import { formatDateWithDay, formatDate } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'

export interface MeetingReportCounts {
  due: number
  submitted: number
  late: number
}

interface MeetingsTableProps {
  caption: string
  meetings: Meeting[]
  boards: Board[]
  counts: (meetingId: string) => MeetingReportCounts
  showBoard?: boolean
  /** The list's order in words, said under the caption when there is a list. */
  order?: string
}

export function MeetingsTable({ caption, meetings, boards, counts, showBoard = true, order }: MeetingsTableProps) {
  const boardName = (id: string) => boards.find((board) => board.id === id)?.name ?? 'Unknown board'
  if (meetings.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">None.</p>
      </>
    )
  }
  return (
    <table className="govuk-table app-stacked-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {caption}
        {order ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{order}</span> : null}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Date</th>
          {showBoard ? <th scope="col" className="govuk-table__header">Board</th> : null}
          <th scope="col" className="govuk-table__header">Papers deadline</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Reports due</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Submitted</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Late</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {meetings.map((meeting) => {
          const count = counts(meeting.id)
          return (
            <tr className="govuk-table__row" key={meeting.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={pageUrls.meeting(meeting.id)}>
                  {formatDateWithDay(meeting.date)}
                </Link>
                {meeting.status === 'cancelled' ? (
                  <>
                    {' '}
                    <strong className="govuk-tag govuk-tag--grey">{meetingStatusLabels.cancelled}</strong>
                  </>
                ) : null}
              </th>
              {showBoard ? <td className="govuk-table__cell"><CellLabel>Board</CellLabel>{boardName(meeting.boardId)}</td> : null}
              <td className="govuk-table__cell"><CellLabel>Papers deadline</CellLabel>{formatDate(meeting.papersDeadline)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>Reports due</CellLabel>{count.due}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>Submitted</CellLabel>{count.submitted}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>Late</CellLabel>
                {count.late > 0 ? <strong className="govuk-tag govuk-tag--red">{count.late} late</strong> : 0}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
