import { http } from 'msw'
import { createPersonInputSchema, type Person } from '@/contract/people'
import type { StoredPerson } from '@/contract/stored'
import { mayAddPeople } from '@/domain/permissions'
import { db } from '../db/database'
import { actingPerson, answer, json, newId, problems, readBody, enforce } from './http'
import { route } from './paths'

const toPerson = (person: StoredPerson): Person => person

export const peopleHandlers = [
  http.get(route('/people'), () =>
    answer(async () => {
      const people = await db.people.toArray()
      return json(people.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')).map(toPerson))
    }),
  ),

  http.get(route('/people/:id'), ({ params }) =>
    answer(async () => {
      const person = await db.people.get(String(params.id))
      if (!person) throw problems.notFound('person')
      return json(toPerson(person), { version: person.version })
    }),
  ),

  http.post(route('/people'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createPersonInputSchema)
      return db.transaction('rw', db.people, async () => {
        enforce(mayAddPeople(await actingPerson(request)))
        const { memberships: _memberships, ...fields } = input
        const person: Person = { id: newId('person'), ...fields, active: true, version: 1 }
        await db.people.add(person)
        return json(person, { status: 201, version: 1, headers: { Location: `/api/people/${person.id}` } })
      })
    }),
  ),
]
