import type { MilestoneUpdate } from '@/contract/milestones'
import type { PlanStatus } from '@/contract/plans'
import type { Rag } from '@/contract/rag'
import type { Permission } from './permissions'

/**
 * The rules of a milestone's life once its plan exists: how a new due date takes effect, who signs
 * a completion off, what a send-back returns to, and when a milestone may be deleted rather than
 * closed. The API applies them; the pages use them to say what will happen before it does.
 */

/**
 * How a new due date takes effect: at once while the plan is a draft (there is no baseline yet);
 * agreed at once when the board's chair makes it; otherwise proposed to the chair, and the due
 * date stays as it is until the chair agrees.
 */
export type DateChangeRoute = 'direct' | 'agreed' | 'proposed'

export function dateChangeRoute(planStatus: PlanStatus, byBoardChair: boolean): DateChangeRoute {
  if (planStatus === 'draft') return 'direct'
  return byBoardChair ? 'agreed' : 'proposed'
}

type SignOffState = {
  signOff: 'awaiting' | 'signed-off' | null
  signedOffById: string | null
  signedOffOn: string | null
}

/**
 * The sign-off after a status update. Complete is not self-certified: an owner's Complete awaits
 * the board chair; the chair's own is signed off at once. A milestone already signed off stays so
 * through a further Complete update; any other status clears the sign-off.
 */
export function signOffAfterStatus(
  before: SignOffState & { rag: Rag },
  nextRag: Rag,
  by: { id: string; isBoardChair: boolean },
  today: string,
): SignOffState {
  if (nextRag !== 'blue') return { signOff: null, signedOffById: null, signedOffOn: null }
  if (before.rag === 'blue' && before.signOff === 'signed-off') {
    return { signOff: before.signOff, signedOffById: before.signedOffById, signedOffOn: before.signedOffOn }
  }
  if (by.isBoardChair) return { signOff: 'signed-off', signedOffById: by.id, signedOffOn: today }
  return { signOff: 'awaiting', signedOffById: null, signedOffOn: null }
}

/**
 * The status a completion sent back returns to: the one the milestone had before the status update
 * that last made it Complete (Not started if the history does not say).
 */
export function ragBeforeComplete(history: ReadonlyArray<Pick<MilestoneUpdate, 'kind' | 'fromRag' | 'rag' | 'at'>>): Rag {
  let before: Rag = 'not-started'
  for (const entry of [...history].sort((a, b) => a.at.localeCompare(b.at))) {
    if (entry.kind === 'status' && entry.rag === 'blue' && entry.fromRag !== 'blue') before = entry.fromRag ?? 'not-started'
  }
  return before
}

/**
 * Whether a milestone may be deleted (with its history): while its plan is a draft, or while its
 * history holds nothing but its creation. Otherwise the history is kept and the milestone is closed.
 */
export function milestoneDeletion(planStatus: PlanStatus, history: ReadonlyArray<Pick<MilestoneUpdate, 'kind'>>): Permission {
  if (planStatus === 'draft') return { allowed: true }
  if (history.every((entry) => entry.kind === 'created')) return { allowed: true }
  return {
    allowed: false,
    reason: 'This milestone has a history in an agreed plan, which is never deleted. Close it instead, giving the reason: it stays in the plan’s record as closed.',
  }
}

/** Why a closed milestone refuses a change (409). */
export function closedMilestoneReason(milestone: { closedOn: string | null }, doing: string): string | null {
  return milestone.closedOn ? `This milestone is closed: it takes no more ${doing}.` : null
}
