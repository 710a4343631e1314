import { http } from 'msw'
import { createBoardInputSchema, updateBoardInputSchema } from '@/contract/boards'
import type { StoredBoard } from '@/contract/stored'
import { mayAddBoard, mayChangeBoard } from '@/domain/permissions'
import { boardProblems, newlyChosenProblems } from '@/domain/record-rules'
import { read, write, type Tx } from '../db/store'
import { loadRecords } from '../db/records'
import { actingPerson, answer, checkIfMatch, definedOnly, json, newId, problems, readBody, enforce } from './http'
import { recordPersonChanges } from './person-changes'
import { route } from './paths'

/** The rules every stored board meets, whether created or changed (app/domain/record-rules.ts). */
type BoardPeople = Pick<StoredBoard, 'id' | 'chairId' | 'memberIds' | 'officerIds' | 'scrutinisesBoardId'>

async function checkPeople(tx: Tx, board: BoardPeople, before?: BoardPeople): Promise<void> {
  const records = await loadRecords(tx, { people: [board.chairId, ...board.memberIds, ...board.officerIds], boards: [board.scrutinisesBoardId] })
  const found = [
    ...boardProblems(board, records),
    ...newlyChosenProblems('chairId', [board.chairId], before ? [before.chairId] : [], records),
    ...newlyChosenProblems('memberIds', board.memberIds, before?.memberIds ?? [], records),
    ...newlyChosenProblems('officerIds', board.officerIds, before?.officerIds ?? [], records),
  ]
  if (found.length > 0) throw problems.validation(found)
}

export const boardHandlers = [
  http.get(route('/boards'), () =>
    answer(() =>
      read(async (tx) => {
        const boards = await tx.boards.all()
        return json(boards.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')))
      }),
    ),
  ),

  http.get(route('/boards/:id'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const board = await tx.boards.get(String(params.id))
        if (!board) throw problems.notFound('board')
        return json(board, { version: board.version })
      }),
    ),
  ),

  http.post(route('/boards'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createBoardInputSchema)
      return write(async (tx) => {
        const person = await actingPerson(tx, request)
        enforce(mayAddBoard(person))
        const memberIds = [...new Set(input.memberIds)]
        const officerIds = [...new Set(input.officerIds)]
        const board: StoredBoard = { id: newId('board'), ...input, chairId: input.chairId ?? person.id, memberIds, officerIds, version: 1 }
        await checkPeople(tx, board)
        await tx.boards.add(board)
        await recordPersonChanges(tx, person.id, { boards: [{ before: null, after: board }] })
        return json(board, { status: 201, version: 1, headers: { Location: `/api/boards/${board.id}` } })
      })
    }),
  ),

  http.patch(route('/boards/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updateBoardInputSchema)
      return write(async (tx) => {
        const board = await tx.boards.get(String(params.id))
        if (!board) throw problems.notFound('board')
        const person = await actingPerson(tx, request)
        enforce(mayChangeBoard(person, board))
        checkIfMatch(request, board, board)
        const next: StoredBoard = {
          ...board,
          ...definedOnly(input),
          memberIds: input.memberIds ? [...new Set(input.memberIds)] : board.memberIds,
          officerIds: input.officerIds ? [...new Set(input.officerIds)] : board.officerIds,
          version: board.version + 1,
        }
        await checkPeople(tx, next, board)
        await tx.boards.put(next)
        await recordPersonChanges(tx, person.id, { boards: [{ before: board, after: next }] })
        return json(next, { version: next.version })
      })
    }),
  ),
]
