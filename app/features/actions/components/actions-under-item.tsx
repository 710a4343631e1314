import { Link } from 'react-router'
import type { Action } from '@/contract/actions'
import { pageUrls } from '@/lib/page-urls'
import { dueInWords, ownerInWords } from '../rules'
import { ActionStatusTag } from './action-status-tag'

interface ActionsUnderItemProps {
  /** The actions raised under one agenda item, most urgent first. */
  actions: Action[]
  people: Array<{ id: string; name: string }>
}

/** The actions an agenda item raised, in brief under the item: what, who, when due, and status. */
export function ActionsUnderItem({ actions, people }: ActionsUnderItemProps) {
  if (actions.length === 0) return null
  return (
    <div className="app-agenda__actions">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Actions, most urgent first</p>
      <ul className="govuk-list">
        {actions.map((action) => (
          <li key={action.id}>
            <Link className="govuk-link app-pre-wrap" to={pageUrls.action(action.id)}>
              {action.what}
            </Link>
            <span className="govuk-body-s govuk-!-display-block">
              {ownerInWords(action, people)}. Due: {dueInWords(action).replace(/^(By|Not)/, (word) => word.toLowerCase())}. <ActionStatusTag action={action} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
