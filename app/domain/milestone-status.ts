import type { Rag } from '@/contract/rag'
import { daysBetween } from './calendar'
import { todayIso } from './today'

type StatusFacts = { rag: Rag; dueDate: string; lastUpdatedAt: string; completedOn: string | null }

/** Past its due date and not complete, whatever its RAG says. */
export function isOverdue(milestone: Pick<StatusFacts, 'rag' | 'dueDate'>, today: string): boolean {
  return milestone.rag !== 'blue' && milestone.dueDate < today
}

/** Not complete, and no update for more than the board's `staleAfterDays`. */
export function isStale(milestone: Pick<StatusFacts, 'rag' | 'lastUpdatedAt'>, staleAfterDays: number, today: string): boolean {
  return milestone.rag !== 'blue' && daysBetween(todayIso(new Date(milestone.lastUpdatedAt)), today) > staleAfterDays
}

/** Made complete after its due date: it stays marked so. */
export function isCompletedLate(milestone: Pick<StatusFacts, 'rag' | 'dueDate' | 'completedOn'>): boolean {
  return milestone.rag === 'blue' && milestone.completedOn !== null && milestone.completedOn > milestone.dueDate
}

export interface MilestoneFlags {
  overdue: boolean
  stale: boolean
  completedLate: boolean
}

/** The flags every milestone carries, derived, never stored. */
export function milestoneFlags(milestone: StatusFacts, staleAfterDays: number, today: string): MilestoneFlags {
  return {
    overdue: isOverdue(milestone, today),
    stale: isStale(milestone, staleAfterDays, today),
    completedLate: isCompletedLate(milestone),
  }
}

/** The day a status update made complete counts as completed on: a milestone already complete keeps its day. */
export function completedOnAfterUpdate(before: Pick<StatusFacts, 'rag' | 'completedOn'>, nextRag: Rag, today: string): string | null {
  if (nextRag !== 'blue') return null
  return before.rag === 'blue' ? before.completedOn : today
}
