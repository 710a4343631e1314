import { http } from 'msw'
import { COUNCIL_ID, setUpInputSchema, updateCouncilInputSchema, type SetUpResult } from '@/contract/council'
import type { StoredCouncil, StoredPerson } from '@/contract/stored'
import { mayRenameCouncil } from '@/domain/permissions'
import { read, write } from '../db/store'
import { demoData, markSetUp, writeDataset } from '../db/seed'
import { actingPerson, answer, checkIfMatch, enforce, json, newId, problems, readBody } from './http'
import { recordPersonChanges } from './person-changes'
import { publishDemoPacks } from './meeting-pack'
import { route } from './paths'

export const NOT_SET_UP = 'The council has not been set up yet: start with an empty council or with the demo.'

export const councilHandlers = [
  http.get(route('/council'), () =>
    answer(() =>
      read(async (tx) => {
        const council = await tx.council.get(COUNCIL_ID)
        if (!council) throw problems.notFound('council', NOT_SET_UP)
        return json(council, { version: council.version })
      }),
    ),
  ),

  /** The first run: only while nothing is set up, checked inside the transaction so two tabs cannot both set up. */
  http.post(route('/setup'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, setUpInputSchema)
      const demo = input.start === 'demo' ? await demoData() : null
      return write(async (tx) => {
        if ((await tx.council.count()) > 0 || (await tx.people.count()) > 0) {
          throw problems.conflict('This council is already set up. An administrator can reset it to the demo in Settings.')
        }
        let result: SetUpResult
        if (demo) {
          await writeDataset(tx, demo)
          await publishDemoPacks(tx)
          result = { council: demo.council[0]!, actAs: null }
        } else if (input.start === 'empty') {
          const council: StoredCouncil = { id: COUNCIL_ID, name: input.councilName, version: 1 }
          const chair: StoredPerson = {
            id: newId('person'),
            name: input.chairName,
            jobTitle: input.chairJobTitle,
            role: 'chair',
            email: input.chairEmail,
            // Someone must be able to add people, restore and reset: the first chair.
            isAdmin: true,
            active: true,
            version: 1,
          }
          await tx.council.add(council)
          await tx.people.add(chair)
          // Set-up has nobody to act as: the first chair's record names no one as having added them.
          await recordPersonChanges(tx, null, { people: [{ before: null, after: chair }] })
          result = { council, actAs: chair }
        } else {
          throw problems.validation([{ path: 'start', message: 'Choose to start with an empty council or with the demo' }])
        }
        await markSetUp(tx)
        return json(result, { status: 201, headers: { Location: '/api/council' } })
      })
    }),
  ),

  http.patch(route('/council'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, updateCouncilInputSchema)
      return write(async (tx) => {
        const council = await tx.council.get(COUNCIL_ID)
        if (!council) throw problems.notFound('council', NOT_SET_UP)
        enforce(mayRenameCouncil(await actingPerson(tx, request)))
        checkIfMatch(request, council, council)
        const next: StoredCouncil = { ...council, name: input.name, version: council.version + 1 }
        await tx.council.put(next)
        return json(next, { version: next.version })
      })
    }),
  ),
]
