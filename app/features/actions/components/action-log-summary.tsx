import { Link } from 'react-router'
import type { Action } from '@/contract/actions'
import { pageUrls } from '@/lib/page-urls'
import { countActions } from '../rules'

/** A board's action log in a sentence, with the way to it (and straight to the overdue ones). */
export function ActionLogSummary({ boardId, actions }: { boardId: string; actions: Action[] }) {
  const counts = countActions(actions)
  return (
    <section aria-labelledby="action-log" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="action-log">
        Action log
      </h2>
      {counts.all === 0 ? (
        <p className="govuk-body">No actions have been recorded at this board’s meetings.</p>
      ) : (
        <>
          <p className="govuk-body">
            {counts.open} open, of which {counts.overdue} overdue; {counts.done} done.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={pageUrls.boardActions(boardId)}>
              See the action log
            </Link>
            {counts.overdue > 0 ? (
              <>
                {' · '}
                <Link className="govuk-link" to={pageUrls.boardActions(boardId, { status: 'overdue' })}>
                  See the overdue actions
                </Link>
              </>
            ) : null}
          </p>
        </>
      )}
    </section>
  )
}
