import { Link } from 'react-router'
import type { Action } from '@/contract/actions'
import { StackedTable } from '@/components/stacked-table'
import { formatDate } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { dueInWords, ownerInWords } from '../rules'
import { ActionStatusTag } from './action-status-tag'

/** Where an action was agreed, for a list that spans meetings: the meeting's date and, across boards, the board. */
export interface AgreedAt {
  meetingDate: (meetingId: string) => string | undefined
  boardName?: (boardId: string) => string
}

interface ActionsTableProps {
  /** Says what the list is and its order ("most urgent first"); shown above it. */
  caption: string
  actions: Action[]
  people: Array<{ id: string; name: string }>
  /** Show the meeting each was agreed at. */
  agreedAt?: AgreedAt
  /** Offer "Mark as done" on the open actions this person may complete. */
  mayComplete?: (action: Action) => boolean
}

/**
 * Actions as a table on a wide screen and one labelled block each on a phone: what, owner, when
 * due, and status (the word, never the colour alone), with the note once done.
 */
export function ActionsTable({ caption, actions, people, agreedAt, mayComplete }: ActionsTableProps) {
  const columns = ['Action', 'Owner', 'Due', 'Status', ...(agreedAt ? ['Agreed at'] : [])]
  return (
    <StackedTable
      caption={caption}
      columns={columns}
      rows={actions.map((action) => ({
        key: action.id,
        cells: [
          <>
            <Link className="govuk-link app-pre-wrap" to={pageUrls.action(action.id)}>
              {action.what}
            </Link>
            {action.status === 'done' && action.note ? (
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text app-pre-wrap">Note: {action.note}</span>
            ) : null}
          </>,
          ownerInWords(action, people),
          dueInWords(action),
          <>
            <ActionStatusTag action={action} />
            {action.status === 'done' && action.doneAt ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">Done {formatDate(action.doneAt.slice(0, 10))}</span> : null}
            {action.status === 'open' && mayComplete?.(action) ? (
              <Link className="govuk-link govuk-body-s app-row-action govuk-!-display-block" to={pageUrls.action(action.id)}>
                Mark as done<span className="govuk-visually-hidden"> – {action.what}</span>
              </Link>
            ) : null}
          </>,
          ...(agreedAt ? [<AgreedAtCell key="agreed" action={action} agreedAt={agreedAt} />] : []),
        ],
      }))}
    />
  )
}

function AgreedAtCell({ action, agreedAt }: { action: Action; agreedAt: AgreedAt }) {
  const date = agreedAt.meetingDate(action.meetingId)
  const when = date ? formatDate(date) : 'a meeting'
  return (
    <Link className="govuk-link" to={pageUrls.meeting(action.meetingId)}>
      {agreedAt.boardName ? `${agreedAt.boardName(action.boardId)}, ${when}` : date ? `The meeting on ${when}` : 'A meeting'}
    </Link>
  )
}
