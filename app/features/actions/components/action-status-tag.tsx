import type { Action } from '@/contract/actions'
import { actionState, actionStateLabels, type ActionState } from '../rules'

const colours: Record<ActionState, string> = {
  open: 'govuk-tag--blue',
  overdue: 'govuk-tag--red',
  done: 'govuk-tag--green',
}

/** Open, Overdue or Done: always the word, the colour only beside it. */
export function ActionStatusTag({ action }: { action: Pick<Action, 'status' | 'overdue'> }) {
  const state = actionState(action)
  return <strong className={`govuk-tag ${colours[state]}`}>{actionStateLabels[state]}</strong>
}
