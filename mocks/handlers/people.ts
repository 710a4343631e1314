import { http } from 'msw'
import { createPersonInputSchema, updatePersonInputSchema, type Membership, type Person } from '@/contract/people'
import { openReportStatuses } from '@/contract/reports'
import type { StoredBoard, StoredPerson } from '@/contract/stored'
import { mayChangePeople } from '@/domain/permissions'
import type { Change } from '@/domain/person-changes'
import { boardWithMemberships, deactivationBlocker, membershipProblems, roleChangeBlocker, type PersonTies } from '@/domain/people-rules'
import { read, write, type Tx } from '../db/store'
import { actingPerson, answer, checkIfMatch, enforce, json, newId, problems, readBody } from './http'
import { recordPersonChanges } from './person-changes'
import { route } from './paths'

const sameEmail = (a: string | null, b: string | null) => a !== null && b !== null && a.toLowerCase() === b.toLowerCase()

/** An email names one person: refused beside the field, naming who has it. */
async function checkEmailFree(tx: Tx, email: string | null, personId: string | null): Promise<void> {
  if (email === null) return
  const holder = (await tx.people.all()).find((person) => person.id !== personId && sameEmail(person.email, email))
  if (holder) throw problems.validation([{ path: 'email', message: `${holder.name} already has this email address` }])
}

/** Boards must exist; officers must be directors. */
async function checkMemberships(tx: Tx, role: StoredPerson['role'], memberships: Membership[]): Promise<void> {
  const boards = await tx.boards.getMany(memberships.map((membership) => membership.boardId))
  const found = [
    ...memberships.flatMap((membership, index) => (boards[index] ? [] : [{ path: `memberships.${index}.boardId`, message: 'Select a board the council has' }])),
    ...membershipProblems(role, memberships),
  ]
  if (found.length > 0) throw problems.validation(found)
}

/** Writes a person's memberships to every board (leaving boards they chair as they are); answers the boards it changed. */
async function writeMemberships(tx: Tx, personId: string, memberships: Membership[]): Promise<Array<Change<StoredBoard>>> {
  const changed: Array<Change<StoredBoard>> = []
  for (const board of await tx.boards.all()) {
    const next = boardWithMemberships(board, personId, memberships)
    if (next.memberIds.join() === board.memberIds.join() && next.officerIds.join() === board.officerIds.join()) continue
    const after = { ...next, version: board.version + 1 }
    await tx.boards.put(after)
    changed.push({ before: board, after })
  }
  return changed
}

/** What the service holds a person to: what they chair, own and write. */
async function tiesOf(tx: Tx, person: StoredPerson): Promise<PersonTies> {
  const boards = await tx.boards.all()
  const owned = await tx.milestones.where('ownerId', person.id)
  const reports = await tx.reports.where('authorId', person.id)
  const admins = (await tx.people.all()).filter((each) => each.active && each.isAdmin)
  return {
    chairs: boards.filter((board) => board.chairId === person.id),
    officerOf: boards.filter((board) => board.officerIds.includes(person.id)),
    ownedMilestones: owned.length,
    openMilestones: owned.filter((milestone) => milestone.rag !== 'blue' && !milestone.closedOn).length,
    authoredReports: reports.length,
    openReports: reports.filter((report) => openReportStatuses.includes(report.status)).length,
    lastActiveAdmin: person.isAdmin && person.active && admins.length === 1 && admins[0]!.id === person.id,
  }
}

export const peopleHandlers = [
  http.get(route('/people'), () =>
    answer(() =>
      read(async (tx) => {
        const people = await tx.people.all()
        return json(people.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')))
      }),
    ),
  ),

  http.get(route('/people/:id'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const person = await tx.people.get(String(params.id))
        if (!person) throw problems.notFound('person')
        return json(person, { version: person.version })
      }),
    ),
  ),

  http.post(route('/people'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createPersonInputSchema)
      return write(async (tx) => {
        const actor = await actingPerson(tx, request)
        enforce(mayChangePeople(actor))
        const { memberships, ...fields } = input
        await checkEmailFree(tx, fields.email, null)
        await checkMemberships(tx, fields.role, memberships)
        const person: Person = { id: newId('person'), ...fields, active: true, version: 1 }
        await tx.people.add(person)
        const boards = await writeMemberships(tx, person.id, memberships)
        await recordPersonChanges(tx, actor.id, { people: [{ before: null, after: person }], boards })
        return json(person, { status: 201, version: 1, headers: { Location: `/api/people/${person.id}` } })
      })
    }),
  ),

  http.patch(route('/people/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updatePersonInputSchema)
      return write(async (tx) => {
        const person = await tx.people.get(String(params.id))
        if (!person) throw problems.notFound('person')
        const actor = await actingPerson(tx, request)
        enforce(mayChangePeople(actor))
        checkIfMatch(request, person, person)
        const { memberships, ...fields } = input
        const next: StoredPerson = { ...person, version: person.version + 1 }
        for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(next, { [key]: value })
        if (fields.email !== undefined) await checkEmailFree(tx, next.email, person.id)
        const ties = await tiesOf(tx, person)
        if (next.role !== person.role) {
          const blocker = roleChangeBlocker(person.name, next.role, ties)
          if (blocker) throw problems.conflict(blocker)
        }
        if (person.active && !next.active) {
          const blocker = deactivationBlocker(person.name, { ...ties, officerOf: [] })
          if (blocker) throw problems.conflict(blocker)
        }
        if (ties.lastActiveAdmin && !next.isAdmin) throw problems.conflict(`${person.name} is the only administrator: make someone else an administrator first.`)
        let boards: Array<Change<StoredBoard>> = []
        if (!next.active) {
          // A deactivated person sits on no board; the history still names them.
          boards = await writeMemberships(tx, person.id, [])
        } else if (memberships) {
          await checkMemberships(tx, next.role, memberships)
          boards = await writeMemberships(tx, person.id, memberships)
        } else if (next.role !== 'director' && ties.officerOf.length > 0) {
          throw problems.conflict(`${person.name} is an officer of boards, which only a director or head of service may be.`)
        }
        await tx.people.put(next)
        await recordPersonChanges(tx, actor.id, { people: [{ before: person, after: next }], boards })
        return json(next, { version: next.version })
      })
    }),
  ),
]
