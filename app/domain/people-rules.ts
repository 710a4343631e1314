import type { Membership, Role } from '@/contract/people'
import type { FieldError } from '@/contract/problem'
import { mayChairBoards, mayOwnMilestones } from './permissions'

/**
 * What a person's record may become, given what the service already holds them to. People are
 * never deleted (the history names them); they are deactivated, which stops them acting and being
 * chosen, once nothing open depends on them.
 */
export interface PersonTies {
  /** Boards they chair. */
  chairs: Array<{ name: string }>
  /** Boards they sit on as an officer. */
  officerOf: Array<{ name: string }>
  /** Milestones they own that are still open (not Complete, not closed). */
  openMilestones: number
  /** Milestones they own, open or not (an owner must stay an officer while the record names them). */
  ownedMilestones: number
  /** Reports they write that are still open. */
  openReports: number
  /** Reports they wrote or write, whatever their status. */
  authoredReports: number
  /** Whether they are the only active administrator. */
  lastActiveAdmin: boolean
}

// The domain imports only the contract, so not lib/plural's countOf.
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
const names = (boards: Array<{ name: string }>) => boards.map((board) => board.name).join(', ')

/** Why this person may not be deactivated now, in words that say what to do first; null when they may. */
export function deactivationBlocker(name: string, ties: PersonTies): string | null {
  const steps: string[] = []
  if (ties.chairs.length > 0) steps.push(`choose a new chair for ${names(ties.chairs)}`)
  if (ties.openMilestones > 0) steps.push(`give their ${plural(ties.openMilestones, 'open milestone', 'open milestones')} to another officer`)
  if (ties.openReports > 0) steps.push(`give their ${plural(ties.openReports, 'open report', 'open reports')} to another author`)
  if (ties.lastActiveAdmin) steps.push('make someone else an administrator')
  if (steps.length === 0) return null
  return `${name} cannot be deactivated yet: first ${steps.join(', ')}.`
}

/** Why this person's role may not change to `role`; null when it may. */
export function roleChangeBlocker(name: string, role: Role, ties: PersonTies): string | null {
  const candidate = { role }
  const reasons: string[] = []
  if (ties.chairs.length > 0 && !mayChairBoards(candidate)) reasons.push(`chairs ${names(ties.chairs)}`)
  if (!mayOwnMilestones(candidate)) {
    if (ties.ownedMilestones > 0) reasons.push(`owns ${plural(ties.ownedMilestones, 'milestone', 'milestones')}`)
    if (ties.authoredReports > 0) reasons.push(`writes ${plural(ties.authoredReports, 'report', 'reports')}`)
    if (ties.officerOf.length > 0) reasons.push(`is an officer of ${names(ties.officerOf)}`)
  }
  if (reasons.length === 0) return null
  return `${name} ${reasons.join(', ')}, which a ${role === 'member' ? 'member' : role} may not: change those first.`
}

/** Officers own milestones and write reports: only directors and heads of service sit on a board as one. */
export function membershipProblems(role: Role, memberships: Membership[]): FieldError[] {
  return memberships.flatMap((membership, index) =>
    membership.as === 'officer' && !mayOwnMilestones({ role })
      ? [{ path: `memberships.${index}.as`, message: 'Only a director or head of service can be a board’s officer' }]
      : [],
  )
}

/** A board's members and officers once a person's memberships are replaced (the chair is the board's own). */
export function boardWithMemberships<B extends { id: string; memberIds: string[]; officerIds: string[] }>(board: B, personId: string, memberships: Membership[]): B {
  const mine = memberships.find((membership) => membership.boardId === board.id)
  const memberIds = board.memberIds.filter((id) => id !== personId)
  const officerIds = board.officerIds.filter((id) => id !== personId)
  if (mine?.as === 'member') memberIds.push(personId)
  if (mine?.as === 'officer') officerIds.push(personId)
  return { ...board, memberIds, officerIds }
}

/** A person's memberships, read from the boards (chairs included, as "chair"). */
export function membershipsOf(
  personId: string,
  boards: Array<{ id: string; chairId: string; memberIds: string[]; officerIds: string[] }>,
): BoardSeat[] {
  return boards.flatMap((board): BoardSeat[] => {
    if (board.chairId === personId) return [{ boardId: board.id, as: 'chair' }]
    if (board.officerIds.includes(personId)) return [{ boardId: board.id, as: 'officer' }]
    if (board.memberIds.includes(personId)) return [{ boardId: board.id, as: 'member' }]
    return []
  })
}

export type BoardSeat = { boardId: string; as: 'chair' | Membership['as'] }

/** The people a form offers for a role in a record: the active ones the rule allows, and whoever the record names now. */
export function choosable<P extends { id: string; active: boolean }>(people: P[], may: (person: P) => boolean, current?: string | readonly string[] | null): P[] {
  const kept = new Set(typeof current === 'string' ? [current] : (current ?? []))
  return people.filter((person) => (person.active && may(person)) || kept.has(person.id))
}

/**
 * Who may own a board's milestone or measure: the active officers of the board (all active
 * directors and heads of service if the board names none yet), and whoever owns it now, so an
 * edit never changes the owner unasked. No councillor owns service work.
 */
export function ownerChoices<P extends { id: string; role: Role; active: boolean }>(people: P[], board: { officerIds: readonly string[] }, currentOwnerId?: string): P[] {
  const officers = people.filter((person) => person.active && mayOwnMilestones(person))
  const ofBoard = officers.filter((person) => board.officerIds.includes(person.id))
  const offered = ofBoard.length > 0 ? ofBoard : officers
  const current = people.find((person) => person.id === currentOwnerId)
  return current && !offered.includes(current) ? [...offered, current] : offered
}

const roleInSentence = { director: 'director or head of service', member: 'elected member, read only' } as const

/** "the Cabinet Committee on Performance Improvement": a board's name as it reads after "chair of". */
function boardInSentence(name: string): string {
  return /^the\s/i.test(name) ? name : `the ${name}`
}

/**
 * What a person is, in words for lists of people: a chair is named with what they chair ("chair
 * of the Cabinet Committee on Performance Improvement"), never a bare "board chair" that leaves
 * the reader asking which board; someone with the chair role who chairs none is not said to.
 */
export function roleWithBoards(
  person: { id: string; role: Role; isAdmin?: boolean | undefined },
  boards: ReadonlyArray<{ name: string; chairId: string | null }>,
): string {
  const chairs = boards.filter((board) => board.chairId === person.id).map((board) => boardInSentence(board.name))
  const role =
    person.role !== 'chair'
      ? roleInSentence[person.role]
      : chairs.length === 0
        ? 'may chair a board; chairs none at present'
        : `chair of ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(chairs)}`
  return person.isAdmin ? `${role}, administrator` : role
}
