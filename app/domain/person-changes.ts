import type { Role } from '@/contract/people'
import type { BoardSeatKind, PersonChange, PersonFieldChange } from '@/contract/person-changes'

/**
 * What is recorded each time a person is added or their role, administrator flag, active flag or
 * board seats change, and how it reads. The API records it; the person page and the audit view word it.
 */
type PersonFacts = { role: Role; isAdmin: boolean; active: boolean }
type BoardFacts = { id: string; chairId: string; memberIds: readonly string[]; officerIds: readonly string[] }

/** A version of a record before and after a write; `before` is null for one the write creates. */
export interface Change<T> {
  before: T | null
  after: T
}

/** How a person sits on a board: chairing it comes first, then as an officer, then as a member (as membershipsOf reads it). */
export function seatOn(board: BoardFacts, personId: string): BoardSeatKind | null {
  if (board.chairId === personId) return 'chair'
  if (board.officerIds.includes(personId)) return 'officer'
  if (board.memberIds.includes(personId)) return 'member'
  return null
}

/** What changed of a person's own record: on adding them, their role and, if so, that they administer. */
export function personFieldChanges({ before, after }: Change<PersonFacts>): PersonFieldChange[] {
  if (!before) return [{ field: 'role', from: null, to: after.role }, ...(after.isAdmin ? [{ field: 'isAdmin' as const, from: null, to: true }] : [])]
  const found: PersonFieldChange[] = []
  if (before.role !== after.role) found.push({ field: 'role', from: before.role, to: after.role })
  if (before.isAdmin !== after.isAdmin) found.push({ field: 'isAdmin', from: before.isAdmin, to: after.isAdmin })
  if (before.active !== after.active) found.push({ field: 'active', from: before.active, to: after.active })
  return found
}

/** Each person's seat changes across boards a write created or changed, by person id. */
export function seatChanges(boards: ReadonlyArray<Change<BoardFacts>>): Map<string, PersonFieldChange[]> {
  const byPerson = new Map<string, PersonFieldChange[]>()
  for (const { before, after } of boards) {
    const seated = (board: BoardFacts | null) => (board ? [board.chairId, ...board.officerIds, ...board.memberIds] : [])
    for (const personId of new Set([...seated(before), ...seated(after)])) {
      const from = before ? seatOn(before, personId) : null
      const to = seatOn(after, personId)
      if (from === to) continue
      byPerson.set(personId, [...(byPerson.get(personId) ?? []), { field: 'board', boardId: after.id, from, to }])
    }
  }
  return byPerson
}

/** What a write changed, person by person: their own fields first, then their seats. Only people with something to record appear. */
export function personChangesOf(people: ReadonlyArray<Change<PersonFacts & { id: string }>>, boards: ReadonlyArray<Change<BoardFacts>>): Map<string, PersonFieldChange[]> {
  const found = new Map<string, PersonFieldChange[]>()
  for (const person of people) {
    const changes = personFieldChanges(person)
    if (changes.length > 0) found.set(person.after.id, changes)
  }
  for (const [personId, changes] of seatChanges(boards)) found.set(personId, [...(found.get(personId) ?? []), ...changes])
  return found
}

const roleNames: Record<Role, string> = { chair: 'board chair', director: 'director or head of service', member: 'elected member' }
const seatNames: Record<BoardSeatKind, string> = { chair: 'chair', member: 'a member', officer: 'an officer' }

/** One change in plain words: "Role changed from elected member to board chair", "Made an officer of the Scrutiny Board". */
export function personFieldChangeWords(change: PersonFieldChange, boardName: (id: string) => string): string {
  switch (change.field) {
    case 'role':
      return change.from === null
        ? `Added as ${change.to === 'member' ? 'an' : 'a'} ${roleNames[change.to]}`
        : `Role changed from ${roleNames[change.from]} to ${roleNames[change.to]}`
    case 'isAdmin':
      return change.to ? 'Made an administrator' : 'No longer an administrator'
    case 'active':
      return change.to ? 'Reactivated' : 'Deactivated'
    case 'board': {
      const board = boardName(change.boardId)
      const { from, to } = change
      if (to === null) return from === null ? `No seat on ${board}` : `No longer ${seatNames[from]} of ${board}`
      if (from === null) return `Made ${seatNames[to]} of ${board}`
      return `Now ${seatNames[to]} of ${board} (was ${seatNames[from]})`
    }
  }
}

/** A recorded change in one sentence of plain words. */
export function personChangeSummary(entry: Pick<PersonChange, 'changes'>, boardName: (id: string) => string): string {
  return entry.changes.map((change) => personFieldChangeWords(change, boardName)).join('; ')
}

/** The boards a recorded change touches: a chair sees it in the audit of those boards. */
export function boardsOfPersonChange(entry: Pick<PersonChange, 'changes'>): string[] {
  return [...new Set(entry.changes.flatMap((change) => (change.field === 'board' ? [change.boardId] : [])))]
}

/** Newest first, and in a fixed order when two share an instant. */
export function newestFirst<T extends { at: string; id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
}
