import type { Milestone } from '@/contract/milestones'
import type { StoredDateChange, StoredMilestone, StoredMilestoneUpdate, StoredPlan } from '@/contract/stored'
import { closedMilestoneReason } from '@/domain/milestone-lifecycle'
import { chairsBoard } from '@/domain/permissions'
import { formatIsoDate } from '@/domain/calendar'
import type { Tx } from '../db/store'
import { toMilestone } from '../rules/derive'
import { actingPerson, newId, nowInstant, problems } from './http'

/**
 * What the milestone handlers share: reading a milestone with its plan and board, its derived
 * flags, the next instant of its history, and moving its due date by the board's rules. Every
 * function runs inside the caller's transaction (people, boards, plans, milestones,
 * milestoneUpdates and dateChanges).
 */

/** Each plan's stale-after days, from its board. */
async function staleDaysByPlan(tx: Tx, planIds: string[]): Promise<Map<string, number>> {
  const plans = (await tx.plans.getMany([...new Set(planIds)])).filter((plan): plan is StoredPlan => !!plan)
  const boards = await tx.boards.getMany([...new Set(plans.map((plan) => plan.boardId))])
  const staleByBoard = new Map(boards.flatMap((board) => (board ? [[board.id, board.staleAfterDays] as const] : [])))
  return new Map(plans.map((plan) => [plan.id, staleByBoard.get(plan.boardId) ?? 30]))
}

/**
 * Milestones as the API answers them (inside a transaction that includes plans, boards and
 * dateChanges). `updates`, when the caller has already read these milestones' updates, saves
 * reading them again.
 */
export async function withFlags(tx: Tx, milestones: StoredMilestone[], updates?: readonly StoredMilestoneUpdate[]): Promise<Milestone[]> {
  const staleDays = await staleDaysByPlan(tx, milestones.map((milestone) => milestone.planId))
  const proposals = await tx.dateChanges.where('status', 'proposed')
  const proposed = new Map(proposals.map((change) => [change.milestoneId, change.toDate]))
  const history = updates ?? (milestones.length === 0 ? [] : await tx.milestoneUpdates.where('milestoneId', milestones.map((milestone) => milestone.id)))
  // The latest status update (not a date change or a sign-off): the words read beside its status.
  const latest = latestUpdateEach(history, (update) => update.kind === 'status')
  return milestones.map((milestone) => {
    const update = latest.get(milestone.id)
    return {
      ...toMilestone(milestone, staleDays.get(milestone.planId) ?? 30, proposed.get(milestone.id) ?? null),
      latestUpdate: update ? { at: update.at, commentary: update.commentary, recoveryAction: update.recoveryAction ?? null } : null,
    }
  })
}

/** Each milestone's latest update of those `counts` keeps, by milestone id. */
export function latestUpdateEach(updates: readonly StoredMilestoneUpdate[], counts: (update: StoredMilestoneUpdate) => boolean): Map<string, StoredMilestoneUpdate> {
  const latest = new Map<string, StoredMilestoneUpdate>()
  for (const update of updates) {
    if (!counts(update)) continue
    const known = latest.get(update.milestoneId)
    if (!known || update.at > known.at) latest.set(update.milestoneId, update)
  }
  return latest
}

export async function withFlagsOne(tx: Tx, milestone: StoredMilestone): Promise<Milestone> {
  const [flagged] = await withFlags(tx, [milestone])
  return flagged!
}

/** The plan and board a milestone belongs to, the acting person, and whether they chair that board. */
export async function planContext(tx: Tx, planId: string, request: Request) {
  const plan = await tx.plans.get(planId)
  if (!plan) throw problems.validation([{ path: 'planId', message: 'Select the plan' }])
  const board = await tx.boards.get(plan.boardId)
  const person = await actingPerson(tx, request)
  return { plan, board, person, isBoardChair: chairsBoard(person, board) }
}

/** The milestone named in the path (404), with its plan, board and the acting person. */
export async function milestoneContext(tx: Tx, milestoneId: string, request: Request) {
  const milestone = await tx.milestones.get(milestoneId)
  if (!milestone) throw problems.notFound('milestone')
  return { milestone, ...(await planContext(tx, milestone.planId, request)) }
}

/** A closed milestone takes no more changes of this kind: 409. */
export function refuseIfClosed(milestone: StoredMilestone, doing: string): void {
  const reason = closedMilestoneReason(milestone, doing)
  if (reason) throw problems.conflict(`${reason} It was closed on ${formatIsoDate(milestone.closedOn!)}: ${milestone.closedReason ?? ''}`)
}

/** Now, or just after the milestone's latest entry: its history keeps a strict order even within one millisecond. */
export async function nextEntryInstant(tx: Tx, milestoneId: string): Promise<string> {
  const now = nowInstant()
  const entries = await tx.milestoneUpdates.where('milestoneId', milestoneId)
  const latest = entries.reduce((max, entry) => (entry.at > max ? entry.at : max), '')
  return latest >= now ? new Date(Date.parse(latest) + 1).toISOString() : now
}

/** Adds an entry to a milestone's history at its next instant, and answers it. */
export async function addEntry(tx: Tx, 
  milestone: Pick<StoredMilestone, 'id' | 'rag'>,
  fields: Omit<StoredMilestoneUpdate, 'id' | 'milestoneId' | 'at' | 'fromRag' | 'rag' | 'changes'> &
    Partial<Pick<StoredMilestoneUpdate, 'fromRag' | 'rag' | 'changes'>>,
): Promise<StoredMilestoneUpdate> {
  const entry: StoredMilestoneUpdate = {
    id: newId('update'),
    milestoneId: milestone.id,
    at: await nextEntryInstant(tx, milestone.id),
    fromRag: milestone.rag,
    rag: milestone.rag,
    changes: [],
    ...fields,
  }
  await tx.milestoneUpdates.add(entry)
  return entry
}

/** The one proposal awaiting the chair for this milestone, if any. */
export async function openProposal(tx: Tx, milestoneId: string): Promise<StoredDateChange | undefined> {
  return (await tx.dateChanges.where('milestoneId', milestoneId)).find((change) => change.status === 'proposed')
}

/** 409 while a proposal awaits the chair: one open proposal per milestone. */
export async function refuseIfProposalOpen(tx: Tx, milestoneId: string): Promise<void> {
  const open = await openProposal(tx, milestoneId)
  if (open) {
    throw problems.conflict(
      `A new due date of ${formatIsoDate(open.toDate)} is already awaiting the board chair’s decision. The chair agrees or refuses it before another date can be set.`,
    )
  }
}

/**
 * A new due date in an agreed plan: agreed at once when the board's chair sets it, otherwise
 * proposed to the chair with the due date left as it is. Writes the date change and its history
 * entry, and sets `next.dueDate` when agreed. The caller saves `next`.
 */
export async function recordDateChange(tx: Tx, args: {
  next: StoredMilestone
  before: StoredMilestone
  route: 'agreed' | 'proposed'
  byId: string
  toDate: string
  reason: string
}): Promise<{ dateChange: StoredDateChange; entry: StoredMilestoneUpdate }> {
  const { next, before, route, byId, toDate, reason } = args
  await refuseIfProposalOpen(tx, before.id)
  const at = await nextEntryInstant(tx, before.id)
  const dateChange: StoredDateChange = {
    id: newId('datechange'),
    milestoneId: before.id,
    planId: before.planId,
    fromDate: before.dueDate,
    toDate,
    reason,
    status: route,
    proposedById: byId,
    proposedAt: at,
    decidedById: route === 'agreed' ? byId : null,
    decidedAt: route === 'agreed' ? at : null,
    decisionNote: null,
    version: 1,
  }
  await tx.dateChanges.add(dateChange)
  if (route === 'agreed') next.dueDate = toDate
  const entry = await addEntry(tx, next, {
    kind: route === 'agreed' ? 'date-agreed' : 'date-proposed',
    authorId: byId,
    commentary: reason,
    revisedDueDate: toDate,
    dateChangeId: dateChange.id,
    changes: route === 'agreed' ? [{ field: 'dueDate', from: before.dueDate, to: toDate }] : [],
  })
  return { dateChange, entry }
}
