import { http } from 'msw'
import { createMeetingInputSchema, meetingsQuerySchema, updateMeetingInputSchema } from '@/contract/meetings'
import { inDateRange } from '@/contract/common'
import type { StoredBoard, StoredMeeting } from '@/contract/stored'
import { mayScheduleMeetings } from '@/domain/permissions'
import { read, write } from '../db/store'
import { toMeeting } from '../rules/derive'
import { answer, boardFor, checkIfMatch, definedOnly, json, newId, problems, readBody, readQuery } from './http'
import { route } from './paths'
import { attachWaitingReports } from './report-rules'

/** A meeting's papers deadline is a date the service states too: it must lie in the service's range. */
function checkPapersDeadline(meeting: StoredMeeting, board: StoredBoard): void {
  if (!inDateRange(toMeeting(meeting, board).papersDeadline)) {
    throw problems.validation([{ path: 'date', message: 'Enter a later date: its papers deadline would fall before 2000' }])
  }
}

export const meetingHandlers = [
  http.get(route('/meetings'), ({ request }) =>
    answer(() =>
      read(async (tx) => {
        const query = readQuery(request, meetingsQuerySchema)
        const [boards, stored] = await Promise.all([
          tx.boards.all(),
          query.boardId ? tx.meetings.where('boardId', query.boardId) : tx.meetings.all(),
        ])
        const boardsById = new Map(boards.map((board) => [board.id, board]))
        const meetings = stored
          .filter((meeting) => (!query.from || meeting.date >= query.from) && (!query.to || meeting.date <= query.to))
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((meeting) => toMeeting(meeting, boardsById.get(meeting.boardId)))
        return json(meetings)
      }),
    ),
  ),

  http.get(route('/meetings/:id'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const meeting = await tx.meetings.get(String(params.id))
        if (!meeting) throw problems.notFound('meeting')
        return json(toMeeting(meeting, await tx.boards.get(meeting.boardId)), { version: meeting.version })
      }),
    ),
  ),

  http.post(route('/meetings'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createMeetingInputSchema)
      return write(async (tx) => {
        const board = await boardFor(tx, input.boardId, request, mayScheduleMeetings)
        const meeting: StoredMeeting = { id: newId('meeting'), ...definedOnly(input), boardId: board.id, date: input.date, status: input.status, version: 1 }
        checkPapersDeadline(meeting, board)
        await tx.meetings.add(meeting)
        await attachWaitingReports(tx, meeting)
        return json(toMeeting(meeting, board), { status: 201, version: 1, headers: { Location: `/api/meetings/${meeting.id}` } })
      })
    }),
  ),

  http.patch(route('/meetings/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updateMeetingInputSchema)
      return write(async (tx) => {
        const meeting = await tx.meetings.get(String(params.id))
        if (!meeting) throw problems.notFound('meeting')
        const board = await boardFor(tx, meeting.boardId, request, mayScheduleMeetings)
        checkIfMatch(request, meeting, toMeeting(meeting, board))
        const next: StoredMeeting = { ...meeting, ...definedOnly(input), version: meeting.version + 1 }
        checkPapersDeadline(next, board)
        await tx.meetings.put(next)
        if (next.date !== meeting.date && next.status === 'scheduled') await attachWaitingReports(tx, next)
        return json(toMeeting(next, board), { version: next.version })
      })
    }),
  ),
]
