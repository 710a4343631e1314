import { http } from 'msw'
import type { z } from 'zod'
import { actionsQuerySchema, createActionInputSchema, updateActionInputSchema, type Action, type ActionDue } from '@/contract/actions'
import type { FieldError } from '@/contract/problem'
import type { StoredAction, StoredMeeting } from '@/contract/stored'
import { mayCompleteAction, mayRecordActions } from '@/domain/permissions'
import { todayIso } from '@/domain/today'
import { read, write, type Tx } from '../db/store'
import { toMeeting } from '../rules/derive'
import { actingPerson, answer, checkIfMatch, definedOnly, enforce, json, newId, nowInstant, problems, readBody, readQuery } from './http'
import { route } from './paths'

/** An action as answered: the date it is due by (its date, or its due meeting's), and whether that has passed while it is open. */
export function toAction(action: StoredAction, meetingDates: ReadonlyMap<string, string>, today = todayIso()): Action {
  const dueBy = action.due.kind === 'date' ? action.due.date : action.due.kind === 'meeting' ? (meetingDates.get(action.due.meetingId) ?? null) : null
  return { ...action, dueBy, overdue: action.status === 'open' && dueBy !== null && dueBy < today }
}

/** Open ones by when due (so the overdue come first, and the undated last), then done ones, most recently done first. */
export function actionOrder(a: Action, b: Action): number {
  const rank = (action: Action) => (action.status === 'open' ? 0 : 1)
  return (
    rank(a) - rank(b) ||
    (a.status === 'done' ? (b.doneAt ?? '').localeCompare(a.doneAt ?? '') : (a.dueBy ?? '9999').localeCompare(b.dueBy ?? '9999')) ||
    a.createdAt.localeCompare(b.createdAt)
  )
}

async function meetingDatesOf(tx: Tx, actions: readonly StoredAction[]): Promise<Map<string, string>> {
  const ids = [...new Set(actions.flatMap((action) => (action.due.kind === 'meeting' ? [action.due.meetingId] : [])))]
  const meetings = await tx.meetings.getMany(ids)
  return new Map(meetings.flatMap((meeting) => (meeting ? [[meeting.id, meeting.date] as const] : [])))
}

async function answerOne(tx: Tx, action: StoredAction) {
  return toAction(action, await meetingDatesOf(tx, [action]))
}

/** What an action names must exist: its owner (an active person), its due meeting (of the same board), its agenda item (on its meeting's agenda). */
async function checkReferences(tx: Tx, meeting: StoredMeeting, fields: { ownerId?: string | null | undefined; due?: ActionDue | undefined; agendaItemId?: string | null | undefined }): Promise<void> {
  const errors: FieldError[] = []
  if (fields.ownerId) {
    const owner = await tx.people.get(fields.ownerId)
    if (!owner) errors.push({ path: 'ownerId', message: 'Choose one of the council’s people' })
    else if (!owner.active) errors.push({ path: 'ownerId', message: `${owner.name} has been deactivated: choose someone else` })
  }
  if (fields.due?.kind === 'meeting') {
    const dueMeeting = await tx.meetings.get(fields.due.meetingId)
    if (!dueMeeting || dueMeeting.boardId !== meeting.boardId) errors.push({ path: 'due.meetingId', message: 'Choose a meeting of the same board' })
  }
  if (fields.agendaItemId) {
    const board = await tx.boards.get(meeting.boardId)
    const reportsDue = await tx.reports.where('dueMeetingId', meeting.id)
    if (!toMeeting(meeting, board, reportsDue).agenda.some((item) => item.id === fields.agendaItemId)) {
      errors.push({ path: 'agendaItemId', message: 'Choose an item on the meeting’s agenda' })
    }
  }
  if (errors.length > 0) throw problems.validation(errors)
}

type UpdateAction = z.output<typeof updateActionInputSchema>

export const actionHandlers = [
  http.get(route('/actions'), ({ request }) =>
    answer(() =>
      read(async (tx) => {
        const query = readQuery(request, actionsQuerySchema)
        const stored = query.boardId
          ? await tx.actions.where('boardId', query.boardId)
          : query.meetingId
            ? await tx.actions.where('meetingId', query.meetingId)
            : query.ownerId
              ? await tx.actions.where('ownerId', query.ownerId)
              : await tx.actions.all()
        const dates = await meetingDatesOf(tx, stored)
        const actions = stored
          .filter((action) => (!query.boardId || action.boardId === query.boardId) && (!query.meetingId || action.meetingId === query.meetingId) && (!query.ownerId || action.ownerId === query.ownerId))
          .map((action) => toAction(action, dates))
          .filter((action) => !query.status || (query.status === 'overdue' ? action.overdue : action.status === query.status))
          .sort(actionOrder)
        return json(actions)
      }),
    ),
  ),

  http.get(route('/actions/:id'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const action = await tx.actions.get(String(params.id))
        if (!action) throw problems.notFound('action')
        return json(await answerOne(tx, action), { version: action.version })
      }),
    ),
  ),

  http.post(route('/actions'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createActionInputSchema)
      return write(async (tx) => {
        const meeting = await tx.meetings.get(input.meetingId)
        if (!meeting) throw problems.validation([{ path: 'meetingId', message: 'Choose a meeting' }])
        const board = await tx.boards.get(meeting.boardId)
        const actor = await actingPerson(tx, request)
        enforce(mayRecordActions(actor, board ?? { name: 'the board', chairId: '' }))
        await checkReferences(tx, meeting, input)
        const action: StoredAction = {
          id: newId('action'),
          boardId: meeting.boardId,
          meetingId: meeting.id,
          agendaItemId: input.agendaItemId,
          what: input.what,
          ownerId: input.ownerId,
          ownerName: input.ownerId ? null : input.ownerName,
          due: input.due,
          status: 'open',
          note: null,
          createdAt: nowInstant(),
          createdById: actor.id,
          doneAt: null,
          doneById: null,
          version: 1,
        }
        await tx.actions.add(action)
        return json(await answerOne(tx, action), { status: 201, version: 1, headers: { Location: `/api/actions/${action.id}` } })
      })
    }),
  ),

  http.patch(route('/actions/:id'), ({ request, params }) =>
    answer(async () => {
      const input: UpdateAction = await readBody(request, updateActionInputSchema)
      return write(async (tx) => {
        const action = await tx.actions.get(String(params.id))
        if (!action) throw problems.notFound('action')
        const meeting = await tx.meetings.get(action.meetingId)
        const board = await tx.boards.get(action.boardId)
        const actor = await actingPerson(tx, request)
        const { status, note, ...rest } = definedOnly(input)
        // The owner may mark it done (or open again) with a note; anything else is the chair's.
        enforce(Object.keys(rest).length > 0 ? mayRecordActions(actor, board ?? { name: 'the board', chairId: '' }) : mayCompleteAction(actor, action, board))
        checkIfMatch(request, action, await answerOne(tx, action))
        if (meeting) await checkReferences(tx, meeting, rest)
        const owner = rest.ownerId !== undefined ? { ownerId: rest.ownerId, ownerName: rest.ownerId ? null : (rest.ownerName ?? action.ownerName) } : {}
        const next: StoredAction = {
          ...action,
          ...rest,
          ...owner,
          ...(note !== undefined ? { note } : {}),
          ...(status && status !== action.status ? { status, doneAt: status === 'done' ? nowInstant() : null, doneById: status === 'done' ? actor.id : null } : {}),
          version: action.version + 1,
        }
        if (next.ownerId === null && next.ownerName === null) throw problems.validation([{ path: 'ownerId', message: 'Choose who owns the action, or write their name' }])
        await tx.actions.put(next)
        return json(await answerOne(tx, next), { version: next.version })
      })
    }),
  ),
]
