import { http } from 'msw'
import type { StoredBoard, StoredPerson } from '@/contract/stored'
import { newestFirst, personChangesOf, type Change } from '@/domain/person-changes'
import { read, type Tx } from '../db/store'
import { answer, json, newId, nowInstant, problems } from './http'
import { route } from './paths'

/**
 * Records, in the write's own transaction, what it changed of people's roles, administrator and
 * active flags and board seats: one entry per person, by `byId` (null for the council's set-up).
 */
export async function recordPersonChanges(
  tx: Tx,
  byId: string | null,
  changed: { people?: ReadonlyArray<Change<StoredPerson>>; boards?: ReadonlyArray<Change<StoredBoard>> },
): Promise<void> {
  const at = nowInstant()
  const entries = [...personChangesOf(changed.people ?? [], changed.boards ?? [])].map(([personId, changes]) => ({
    id: newId('personchange'),
    personId,
    at,
    byId,
    changes,
  }))
  if (entries.length > 0) await tx.personChanges.addMany(entries)
}

export const personChangeHandlers = [
  /** Open to everyone, as the person is: their recorded changes, newest first. */
  http.get(route('/people/:id/changes'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const person = await tx.people.get(String(params.id))
        if (!person) throw problems.notFound('person')
        return json(newestFirst(await tx.personChanges.where('personId', person.id)))
      }),
    ),
  ),
]
