import { Link, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page'
import { definePageData, onlyWhenThePathChanges } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { mayCompleteAction } from '@/domain/permissions'
import { actionsQueryOptions } from '@/features/actions/api/get-actions'
import { ActionsTable } from '@/features/actions/components/actions-table'
import { actionFilterFrom, countActions, filterActions, type ActionFilter } from '@/features/actions/rules'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'

/** The board, its meetings and every action agreed at them; the page filters them itself. */
const boardActionsData = definePageData(({ params }) => {
  const boardId = params.boardId ?? ''
  return {
    board: boardQueryOptions(boardId),
    people: peopleQueryOptions(),
    meetings: meetingsQueryOptions({ boardId }),
    actions: actionsQueryOptions({ boardId }),
  }
})

export const loader = boardActionsData.loader
export const shouldRevalidate = onlyWhenThePathChanges
export { BoardActionsPage as Component }

const filterLabels: Record<ActionFilter | 'all', string> = { all: 'All', open: 'Open', overdue: 'Overdue', done: 'Done' }

const orderInWords: Record<ActionFilter | 'all', string> = {
  all: 'Most urgent first: open actions by when due (overdue first, undated last), then done ones, most recently done first',
  open: 'Most urgent first: by when due, overdue first, undated last',
  overdue: 'Most overdue first',
  done: 'Most recently done first',
}

/** A board's action log: every action agreed at its meetings, filtered in the URL (open, overdue, done). */
export function BoardActionsPage() {
  const { board, people, meetings, actions } = boardActionsData.usePageData()
  const person = useActingPerson()
  const [search] = useSearchParams()
  const filter = actionFilterFrom(search.get('status'))
  const shown = filterActions(actions, filter)
  const counts = countActions(actions)
  const current = filter ?? 'all'

  return (
    <>
      <Link to={pageUrls.board(board.id)} className="govuk-back-link">
        Back to {board.name}
      </Link>
      <PageHeading title={`Action log: ${board.name}`} caption={board.name}>
        Action log
      </PageHeading>
      <p className="govuk-body">What the board’s meetings agreed someone would do, and whether it is done.</p>
      <nav aria-label="Show actions" className="app-filter-links">
        <ul className="govuk-list">
          {(['all', 'open', 'overdue', 'done'] as const).map((choice) => {
            const label = `${filterLabels[choice]} (${counts[choice]})`
            return (
              <li key={choice}>
                {choice === current ? (
                  <strong aria-current="page">{label}</strong>
                ) : (
                  <Link className="govuk-link" to={pageUrls.boardActions(board.id, { status: choice === 'all' ? undefined : choice })}>
                    {label}
                  </Link>
                )}
              </li>
            )
          })}
        </ul>
      </nav>
      {shown.length === 0 ? (
        <p className="govuk-body">{actions.length === 0 ? 'No actions have been recorded at this board’s meetings.' : `No ${filterLabels[current].toLowerCase()} actions.`}</p>
      ) : (
        <ActionsTable
          caption={orderInWords[current]}
          actions={shown}
          people={people}
          agreedAt={{ meetingDate: (id) => meetings.find((meeting) => meeting.id === id)?.date }}
          mayComplete={(action) => mayCompleteAction(person, action, board).allowed}
        />
      )}
    </>
  )
}
