import type { Role } from '@/contract/people'
import { reportTransitions, type ReportStatus } from '@/contract/report-status'

/**
 * Who may do what: the one set of rules both the API (which refuses with 403) and the UI (which
 * hides what would be refused) apply. Each rule answers `{ allowed }`, with the reason when not.
 */
export type Permission = { allowed: true } | { allowed: false; reason: string }

/** The person acting: anyone with an id, a name and a role; absent when nobody is chosen. */
export type Actor = { id: string; name: string; role: Role; isAdmin?: boolean | undefined } | null | undefined
type BoardFacts = { name: string; chairId: string }

const allow: Permission = { allowed: true }
const refuse = (reason: string): Permission => ({ allowed: false, reason })
const nobody = refuse('Choose who you are acting as before making changes.')

export function chairsBoard(actor: Actor, board: Pick<BoardFacts, 'chairId'> | undefined): boolean {
  return !!actor && !!board && actor.id === board.chairId
}

function asChairOf(actor: Actor, board: BoardFacts | undefined, doing: string): Permission {
  if (!actor) return nobody
  if (chairsBoard(actor, board)) return allow
  return refuse(`Only the chair of ${board?.name ?? 'the board'} may ${doing}.`)
}

function withRole(actor: Actor, roles: readonly Role[], doing: string): Permission {
  if (!actor) return nobody
  return roles.includes(actor.role) ? allow : refuse(`${actor.name} may not ${doing}.`)
}

/** Whether a person may be chosen as a board's chair. */
export const mayChairBoards = (person: { role: Role }): boolean => person.role === 'chair'
/** Milestones are owned by officers (directors and heads of service): no councillor or independent chair owns service work. */
export const mayOwnMilestones = (person: { role: Role }): boolean => person.role === 'director'
/** Reports are written by officers. */
export const mayAuthorReports = (person: { role: Role }): boolean => person.role === 'director'

export const mayAddBoard = (actor: Actor) => withRole(actor, ['chair'], 'add boards')
export const mayChangeBoard = (actor: Actor, board: BoardFacts) => asChairOf(actor, board, 'change it')
export const mayAddPeople = (actor: Actor) => asAdministrator(actor, 'add people')
/** Any chair, or an administrator, may record a new inspection. */
export const mayRecordInspections = (actor: Actor) => (actor?.isAdmin ? allow : withRole(actor, ['chair'], 'record inspections'))

/** An inspection a plan answers belongs to that plan's boards: only their chairs (or an administrator) change it. */
export function mayChangeInspection(actor: Actor, boardsAnswering: BoardFacts[]): Permission {
  if (!actor) return nobody
  if (actor.isAdmin) return allow
  if (boardsAnswering.length === 0) return withRole(actor, ['chair'], 'change inspections')
  if (boardsAnswering.some((board) => chairsBoard(actor, board))) return allow
  return refuse(`Only the chair of ${boardsAnswering.map((board) => board.name).join(' or ')} may change this inspection.`)
}
function asAdministrator(actor: Actor, doing: string): Permission {
  if (!actor) return nobody
  return actor.isAdmin === true ? allow : refuse(`Only an administrator may ${doing}. ${actor.name} is not one.`)
}

/** Replacing everything is an administrator's act, never a board chair's as such. */
export const mayRestoreBackup = (actor: Actor) => asAdministrator(actor, 'restore a backup')
export const mayResetData = (actor: Actor) => asAdministrator(actor, 'reset the data')
export const mayRenameCouncil = (actor: Actor) => asAdministrator(actor, 'rename the council')
/** Adding, changing and deactivating people, and their board memberships. */
export const mayChangePeople = (actor: Actor) => asAdministrator(actor, 'add or change people')

export const mayChangePlan = (actor: Actor, board: BoardFacts) => asChairOf(actor, board, 'change its plan')
/** Adding, editing and deleting milestones: the board's chair. */
export const mayManageMilestones = (actor: Actor, board: BoardFacts | undefined) => asChairOf(actor, board, 'add, change or delete milestones')
/**
 * Bringing a spreadsheet into a plan: the board's chair. The import may add the officers who own
 * its milestones (as directors or heads of service, never administrators), so this is the one way
 * a chair who is not an administrator adds people.
 */
export const mayImportIntoPlan = (actor: Actor, board: BoardFacts | undefined) => asChairOf(actor, board, 'import a spreadsheet into its plan')
export const mayScheduleMeetings = (actor: Actor, board: BoardFacts) => asChairOf(actor, board, 'schedule or change its meetings')
/** Publishing a meeting's pack (freezing it), or publishing it again with a reason: the board's chair. */
export const mayPublishPacks = (actor: Actor, board: BoardFacts) => asChairOf(actor, board, 'publish its meeting packs')
/** Recording a meeting's actions, and changing any of them: the board's chair. */
export const mayRecordActions = (actor: Actor, board: BoardFacts) => asChairOf(actor, board, 'record or change its actions')

/** Marking an action done (or open again), with a note: its owner, or the board's chair. */
export function mayCompleteAction(actor: Actor, action: { ownerId: string | null }, board: BoardFacts | undefined): Permission {
  if (!actor) return nobody
  if (chairsBoard(actor, board) || (action.ownerId !== null && action.ownerId === actor.id)) return allow
  return refuse(`Only the action’s owner or the chair of ${board?.name ?? 'the board'} may mark it done.`)
}
export const mayRequestReports = (actor: Actor, board: BoardFacts) => asChairOf(actor, board, 'ask for reports to it')
export const mayChangeReport = (actor: Actor, board: BoardFacts) => asChairOf(actor, board, 'change its reports')
/**
 * Reading a meeting's minutes for proposals (`POST /api/minutes/proposals`): it writes nothing, but
 * its proposals are for the person who would record them, so it is the rule for asking for the
 * board's reports: the board's chair.
 */
export const mayBringInMinutes = (actor: Actor, board: BoardFacts) => asChairOf(actor, board, 'bring its minutes in')

/** A status update: the board's chair, or the officer who owns the milestone. */
export function mayUpdateMilestone(actor: Actor, milestone: { ownerId: string }, board: BoardFacts | undefined): Permission {
  if (!actor) return nobody
  if (chairsBoard(actor, board)) return allow
  if (actor.id === milestone.ownerId && mayOwnMilestones(actor)) return allow
  if (actor.role === 'director') return refuse('Directors may update the status of the milestones they own only.')
  return refuse(`${actor.name} may not update the status of this milestone.`)
}

const authorMoves: readonly ReportStatus[] = ['in-preparation', 'submitted']

/** The moves this person may make on this report now: the chair any legal move; its author only "in preparation" and "submitted". */
export function reportMovesFor(actor: Actor, report: { status: ReportStatus; authorId: string }, board: BoardFacts): ReportStatus[] {
  const legal = reportTransitions[report.status]
  if (!actor) return []
  if (chairsBoard(actor, board)) return [...legal]
  if (actor.id === report.authorId && mayAuthorReports(actor)) return legal.filter((to) => authorMoves.includes(to))
  return []
}

/** Whether this person may move the report to `to` (its legality is a separate question: 409, not 403). */
export function mayMoveReport(actor: Actor, report: { status: ReportStatus; authorId: string }, board: BoardFacts, to: ReportStatus): Permission {
  if (!actor) return nobody
  if (chairsBoard(actor, board)) return allow
  if (actor.id === report.authorId && mayAuthorReports(actor) && authorMoves.includes(to)) return allow
  if (actor.id === report.authorId) return refuse('Authors may only mark their own reports as in preparation or submitted.')
  return refuse(`Only the chair of ${board.name} or the report’s author may change its status.`)
}

/** Asking the chair to defer a report to a later meeting: its author (an officer) alone; the chair defers it directly. */
export function mayAskToDeferReport(actor: Actor, report: { authorId: string }): Permission {
  if (!actor) return nobody
  if (actor.id === report.authorId && mayAuthorReports(actor)) return allow
  return refuse('Only the report’s author may ask the chair to defer it.')
}
/** Accepting or declining an author's request to defer: the chair of the board that asked for the report. */
export const mayDecideReportDeferral = (actor: Actor, board: BoardFacts) => asChairOf(actor, board, 'accept or decline a request to defer its reports')

/** A new due date (proposed, or agreed at once by the chair): the board's chair, or the officer who owns the milestone. */
export function mayChangeDueDate(actor: Actor, milestone: { ownerId: string }, board: BoardFacts | undefined): Permission {
  if (!actor) return nobody
  if (chairsBoard(actor, board)) return allow
  if (actor.id === milestone.ownerId && mayOwnMilestones(actor)) return allow
  if (actor.role === 'director') return refuse('Directors may propose new dates for the milestones they own only.')
  return refuse(`${actor.name} may not change or propose a milestone’s due date.`)
}
/** Agreeing or refusing a proposed new date: the board's chair alone. */
export const mayDecideDateChange = (actor: Actor, board: BoardFacts | undefined) => asChairOf(actor, board, 'agree or refuse a new due date')
/** Signing off a completion, or sending it back: the board's chair alone. */
export const maySignOffMilestone = (actor: Actor, board: BoardFacts | undefined) => asChairOf(actor, board, 'sign off a completion or send it back')
/** Closing a milestone with a reason: the board's chair. */
export const mayCloseMilestone = (actor: Actor, board: BoardFacts | undefined) => asChairOf(actor, board, 'close milestones')
/** Adding and changing a plan's performance measures: the chair of the plan's board. */
export const mayManageMeasures = (actor: Actor, board: BoardFacts | undefined) => asChairOf(actor, board, 'add or change its performance measures')

/** Recording a measure's monthly actual, or correcting one: the board's chair, or the officer who owns the measure. */
export function mayRecordActuals(actor: Actor, measure: { ownerId: string }, board: BoardFacts | undefined): Permission {
  if (!actor) return nobody
  if (chairsBoard(actor, board)) return allow
  if (actor.id === measure.ownerId && mayOwnMilestones(actor)) return allow
  return refuse(`Only the measure’s owner or the chair of ${board?.name ?? 'the board'} may record or correct its actuals.`)
}

/** Seeing who changed what (the audit): an administrator, everything; a person with the `chair` role, the boards they chair. */
export function mayViewAudit(actor: Actor): Permission {
  if (!actor) return refuse('Choose who you are acting as to see who changed what.')
  if (actor.isAdmin || actor.role === 'chair') return allow
  return refuse(`Only chairs and administrators may see who changed what. ${actor.name} is neither.`)
}

/** Seeing one board's changes in the audit: its chair, or an administrator. */
export function mayViewBoardAudit(actor: Actor, board: BoardFacts): Permission {
  if (actor?.isAdmin) return allow
  return asChairOf(actor, board, 'see who changed its plans, milestones and reports')
}
