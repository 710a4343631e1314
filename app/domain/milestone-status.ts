import { ragLabels, type Rag } from '@/contract/rag-status'
import { daysBetween } from './calendar'
import { todayIso } from './today'

type StatusFacts = {
  rag: Rag
  dueDate: string
  baselineDueDate: string | null
  lastUpdatedAt: string
  completedOn: string | null
  closedOn: string | null
}

/** Still to be delivered: not Complete and not closed. */
const isOpen = (milestone: Pick<StatusFacts, 'rag' | 'closedOn'>) => milestone.rag !== 'blue' && !milestone.closedOn

/** Past its due date, open, whatever its RAG says. */
export function isOverdue(milestone: Pick<StatusFacts, 'rag' | 'dueDate' | 'closedOn'>, today: string): boolean {
  return isOpen(milestone) && milestone.dueDate < today
}

/** Open, and no update for more than the board's `staleAfterDays`. */
export function isStale(milestone: Pick<StatusFacts, 'rag' | 'lastUpdatedAt' | 'closedOn'>, staleAfterDays: number, today: string): boolean {
  return isOpen(milestone) && daysBetween(todayIso(new Date(milestone.lastUpdatedAt)), today) > staleAfterDays
}

/**
 * Days a milestone has slipped past its baseline: to its current due date, or, while it is open,
 * to today if that is later; a Complete one to the day it was completed if later still. 0 when it
 * has not slipped or has no baseline (its plan is a draft).
 */
export function slippedDays(milestone: Pick<StatusFacts, 'rag' | 'dueDate' | 'baselineDueDate' | 'completedOn' | 'closedOn'>, today: string): number {
  const baseline = milestone.baselineDueDate
  if (!baseline) return 0
  const ends = [milestone.dueDate]
  if (isOpen(milestone)) ends.push(today)
  if (milestone.rag === 'blue' && milestone.completedOn) ends.push(milestone.completedOn)
  const latest = ends.reduce((max, date) => (date > max ? date : max))
  return Math.max(0, daysBetween(baseline, latest))
}

/** Made complete after its due date: it stays marked so. */
export function isCompletedLate(milestone: Pick<StatusFacts, 'rag' | 'dueDate' | 'completedOn'>): boolean {
  return milestone.rag === 'blue' && milestone.completedOn !== null && milestone.completedOn > milestone.dueDate
}

export interface MilestoneFlags {
  overdue: boolean
  stale: boolean
  completedLate: boolean
  slipped: boolean
  slippedDays: number
}

/** The flags every milestone carries, derived, never stored. */
export function milestoneFlags(milestone: StatusFacts, staleAfterDays: number, today: string): MilestoneFlags {
  const slipped = slippedDays(milestone, today)
  return {
    overdue: isOverdue(milestone, today),
    stale: isStale(milestone, staleAfterDays, today),
    completedLate: isCompletedLate(milestone),
    slipped: slipped > 0,
    slippedDays: slipped,
  }
}

/** The day a status update made complete counts as completed on: a milestone already complete keeps its day. */
export function completedOnAfterUpdate(before: Pick<StatusFacts, 'rag' | 'completedOn'>, nextRag: Rag, today: string): string | null {
  if (nextRag !== 'blue') return null
  return before.rag === 'blue' ? before.completedOn : today
}

type SignOffFacts = { rag: Rag; signOff: 'awaiting' | 'signed-off' | null }

/** Complete and waiting for the board chair to sign it off: an owner's Complete is not yet counted as done. */
export function isAwaitingSignOff(milestone: SignOffFacts): boolean {
  return milestone.rag === 'blue' && milestone.signOff === 'awaiting'
}

/** Counts as complete: Complete and signed off by the board chair (or Complete from before sign-off began). */
export function countsAsComplete(milestone: SignOffFacts): boolean {
  return milestone.rag === 'blue' && milestone.signOff !== 'awaiting'
}

/** What a milestone counts as wherever milestones are counted: its status, but Complete only once signed off. */
export type CountedStatus = Rag | 'awaiting-sign-off'
export const countedStatuses: readonly CountedStatus[] = ['blue', 'awaiting-sign-off', 'green', 'amber', 'red', 'not-started']
export const countedStatusLabels: Record<CountedStatus, string> = {
  ...ragLabels,
  'awaiting-sign-off': 'Complete, awaiting sign-off',
}

export function countedStatus(milestone: SignOffFacts): CountedStatus {
  return isAwaitingSignOff(milestone) ? 'awaiting-sign-off' : milestone.rag
}

/** The status in words, as every page shows it: "Complete, awaiting sign-off" until the chair signs it off. */
export function milestoneStatusLabel(milestone: SignOffFacts): string {
  return countedStatusLabels[countedStatus(milestone)]
}
