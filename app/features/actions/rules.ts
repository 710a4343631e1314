import type { Action } from '@/contract/actions'
import { formatDate } from '@/lib/dates'

/** Where an action stands, in the words its tag says: overdue is open and past its date. */
export type ActionState = 'open' | 'overdue' | 'done'

export function actionState(action: Pick<Action, 'status' | 'overdue'>): ActionState {
  if (action.status === 'done') return 'done'
  return action.overdue ? 'overdue' : 'open'
}

export const actionStateLabels: Record<ActionState, string> = { open: 'Open', overdue: 'Overdue', done: 'Done' }

/** The action log's filters, as they live in its URL (`?status=`). */
export const actionFilters = ['open', 'overdue', 'done'] as const
export type ActionFilter = (typeof actionFilters)[number]

export function actionFilterFrom(value: string | null): ActionFilter | null {
  return actionFilters.find((filter) => filter === value) ?? null
}

/** The actions a filter keeps: open includes the overdue; none keeps them all. */
export function filterActions(actions: Action[], filter: ActionFilter | null): Action[] {
  if (filter === null) return actions
  if (filter === 'overdue') return actions.filter((action) => actionState(action) === 'overdue')
  return actions.filter((action) => action.status === filter)
}

/** How many actions each filter keeps. */
export function countActions(actions: Action[]): Record<ActionFilter | 'all', number> {
  return {
    all: actions.length,
    open: filterActions(actions, 'open').length,
    overdue: filterActions(actions, 'overdue').length,
    done: filterActions(actions, 'done').length,
  }
}

/** "By 10 December 2026", "By the meeting on 3 December 2026" or "Not set". */
export function dueInWords(action: Pick<Action, 'due' | 'dueBy'>): string {
  switch (action.due.kind) {
    case 'date':
      return `By ${formatDate(action.due.date)}`
    case 'meeting':
      return action.dueBy ? `By the meeting on ${formatDate(action.dueBy)}` : 'By a later meeting'
    case 'none':
      return 'Not set'
  }
}

/** The owner's name: one of the council's people, or as the minutes name them. */
export function ownerInWords(action: Pick<Action, 'ownerId' | 'ownerName'>, people: Array<{ id: string; name: string }>): string {
  if (action.ownerId) return people.find((person) => person.id === action.ownerId)?.name ?? 'Unknown person'
  return action.ownerName ?? 'Not named'
}
