import { http } from 'msw'
import { minutesProposalsInputSchema } from '@/contract/minutes'
import { mayBringInMinutes } from '@/domain/permissions'
import { todayIso } from '@/domain/today'
import { read } from '../db/store'
import { answer, boardFor, json, problems, readBody } from './http'
import { route } from './paths'

export const minutesHandlers = [
  /**
   * Reads a meeting's minutes and answers what they seem to record; writes nothing. A POST, not a
   * GET, because minutes are longer than a URL may be.
   */
  http.post(route('/minutes/proposals'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, minutesProposalsInputSchema)
      // The rules and their date parser load on first use, so they stay out of every page that never brings minutes in.
      const { proposeFromMinutes } = await import('@/domain/minutes/propose')
      const board = await read(async (tx) => {
        const found = await boardFor(tx, input.boardId, request, mayBringInMinutes)
        const meetings = await tx.meetings.where('boardId', found.id)
        const meeting = input.meetingId === undefined ? undefined : meetings.find((each) => each.id === input.meetingId)
        if (input.meetingId !== undefined && !meeting) throw problems.validation([{ path: 'meetingId', message: 'Select a meeting of this board' }])
        return { name: found.name, meetings, meetingDate: meeting?.date ?? null }
      })
      return json(proposeFromMinutes(input.text, { meetingDate: board.meetingDate, today: todayIso(), meetings: board.meetings, boardName: board.name }))
    }),
  ),
]
