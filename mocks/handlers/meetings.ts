import { http } from 'msw'
import type { z } from 'zod'
import { createMeetingInputSchema, createMeetingSeriesInputSchema, meetingsQuerySchema, updateMeetingInputSchema, type AgendaItem } from '@/contract/meetings'
import { isBusinessOf, othersThatDay, seriesDates } from '@/domain/scheduling'
import { inDateRange } from '@/contract/common'
import type { StoredBoard, StoredMeeting, StoredReport } from '@/contract/stored'
import { mayScheduleMeetings } from '@/domain/permissions'
import { read, write, type Tx } from '../db/store'
import { toMeeting } from '../rules/derive'
import type { FieldError } from '@/contract/problem'
import { answer, boardFor, checkIfMatch, definedOnly, json, newId, problems, readBody, readQuery } from './http'
import { route } from './paths'
import { attachWaitingReports } from './report-rules'

/** A meeting's papers deadline is a date the service states too: it must lie in the service's range. */
function checkPapersDeadline(meeting: StoredMeeting, board: StoredBoard): void {
  if (!inDateRange(toMeeting(meeting, board).papersDeadline)) {
    throw problems.validation([{ path: 'date', message: 'Enter a later date: its papers deadline would fall before 2000' }])
  }
}

/** The reports due at each of `meetingIds`, by meeting. */
async function reportsDueAt(tx: Tx, meetingIds: readonly string[]): Promise<Map<string, StoredReport[]>> {
  const byMeeting = new Map<string, StoredReport[]>()
  if (meetingIds.length === 0) return byMeeting
  for (const report of await tx.reports.where('dueMeetingId', [...meetingIds])) {
    const id = report.dueMeetingId ?? ''
    byMeeting.set(id, [...(byMeeting.get(id) ?? []), report])
  }
  return byMeeting
}

/** A meeting change as read (defaults filled in). */
type UpdateMeetingOutput = z.output<typeof updateMeetingInputSchema>

/** A meeting as answered, with its reports due and what about its date is worth a second look. */
async function meetingAnswer(tx: Tx, meeting: StoredMeeting, board: StoredBoard | undefined) {
  const boardMeetings = (await tx.meetings.where('boardId', meeting.boardId)).map((each) => (each.id === meeting.id ? meeting : each))
  return toMeeting(meeting, board, (await reportsDueAt(tx, [meeting.id])).get(meeting.id) ?? [], othersThatDay(boardMeetings)(meeting))
}

/**
 * Moves a meeting's open business to `toId`, a scheduled meeting of the same board: the open
 * reports due at it, and the open actions due by it.
 */
async function moveBusiness(tx: Tx, from: StoredMeeting, toId: string): Promise<void> {
  const to = await tx.meetings.get(toId)
  if (!to || to.boardId !== from.boardId || to.id === from.id || to.status !== 'scheduled') {
    throw problems.validation([{ path: 'moveBusinessTo', message: 'Choose another scheduled meeting of the same board' }])
  }
  const reports = (await tx.reports.where('dueMeetingId', from.id)).filter((report) => isBusinessOf.report(report, from.id))
  await tx.reports.putMany(reports.map((report) => ({ ...report, dueMeetingId: to.id, version: report.version + 1 })))
  const actions = (await tx.actions.where('boardId', from.boardId)).filter((action) => isBusinessOf.action(action, from.id))
  await tx.actions.putMany(actions.map((action) => ({ ...action, due: { kind: 'meeting' as const, meetingId: to.id }, version: action.version + 1 })))
}

/**
 * The agenda as the chair saves it, checked: a report item names a report due at this meeting (or
 * one already on the agenda with its decision), other items name none; an item keeps its id when
 * it had one on the agenda, and a new one gets a new id.
 */
function savedAgenda(input: NonNullable<UpdateMeetingOutput['agenda']>, current: readonly AgendaItem[], reportsDue: readonly StoredReport[]): AgendaItem[] {
  const known = new Map(current.map((item) => [item.id, item]))
  const due = new Set(reportsDue.filter((report) => report.status !== 'withdrawn').map((report) => report.id))
  const errors: FieldError[] = []
  const items = input.map((item, index) => {
    const path = `agenda.${index}`
    const reportId = item.reportId ?? null
    if (item.kind === 'report' && !reportId) errors.push({ path: `${path}.reportId`, message: 'Choose the report this item considers' })
    if (item.kind !== 'report' && reportId) errors.push({ path: `${path}.reportId`, message: 'Only a report item considers a report' })
    const before = item.id ? known.get(item.id) : undefined
    if (reportId && !due.has(reportId) && before?.reportId !== reportId) errors.push({ path: `${path}.reportId`, message: 'Choose a report due at this meeting' })
    return { id: before ? before.id : newId('item'), kind: item.kind, title: item.title, reportId, decision: item.decision ?? null }
  })
  if (errors.length > 0) throw problems.validation(errors)
  return items
}

/** An agenda item with actions recorded under it stays on the agenda: its actions would point at nothing. */
async function checkActionsKeepTheirItems(tx: Tx, meeting: StoredMeeting, items: readonly AgendaItem[]): Promise<void> {
  const kept = new Set(items.map((item) => item.id))
  const orphaned = (await tx.actions.where('meetingId', meeting.id)).filter((action) => action.agendaItemId && !kept.has(action.agendaItemId))
  if (orphaned.length > 0) {
    throw problems.validation([{ path: 'agenda', message: `Keep the items with actions under them on the agenda (${orphaned.length === 1 ? 'one action' : `${orphaned.length} actions`} would lose their item)` }])
  }
}

/** Attendance names the council's people, each once. */
async function checkAttendance(tx: Tx, attendance: NonNullable<UpdateMeetingOutput['attendance']>): Promise<void> {
  const ids = [...attendance.present, ...attendance.apologies]
  const people = await tx.people.getMany(ids)
  const errors: FieldError[] = []
  ids.forEach((id, index) => {
    const field = index < attendance.present.length ? `attendance.present.${index}` : `attendance.apologies.${index - attendance.present.length}`
    if (!people[index]) errors.push({ path: field, message: 'Choose one of the council’s people' })
    else if (ids.indexOf(id) !== index) errors.push({ path: field, message: 'List each person once' })
  })
  if (errors.length > 0) throw problems.validation(errors)
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
        const listed = stored
          .filter((meeting) => (!query.from || meeting.date >= query.from) && (!query.to || meeting.date <= query.to))
          .sort((a, b) => a.date.localeCompare(b.date))
        const due = await reportsDueAt(tx, listed.map((meeting) => meeting.id))
        const others = othersThatDay(stored)
        return json(listed.map((meeting) => toMeeting(meeting, boardsById.get(meeting.boardId), due.get(meeting.id) ?? [], others(meeting))))
      }),
    ),
  ),

  http.get(route('/meetings/:id'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const meeting = await tx.meetings.get(String(params.id))
        if (!meeting) throw problems.notFound('meeting')
        return json(await meetingAnswer(tx, meeting, await tx.boards.get(meeting.boardId)), { version: meeting.version })
      }),
    ),
  ),

  http.post(route('/meetings'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createMeetingInputSchema)
      return write(async (tx) => {
        const board = await boardFor(tx, input.boardId, request, mayScheduleMeetings)
        const meeting: StoredMeeting = { id: newId('meeting'), ...definedOnly(input), boardId: board.id, date: input.date, time: input.time, status: input.status, version: 1 }
        checkPapersDeadline(meeting, board)
        await tx.meetings.add(meeting)
        await attachWaitingReports(tx, meeting)
        return json(await meetingAnswer(tx, meeting, board), { status: 201, version: 1, headers: { Location: `/api/meetings/${meeting.id}` } })
      })
    }),
  ),

  http.post(route('/meetings/series'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createMeetingSeriesInputSchema)
      return write(async (tx) => {
        const board = await boardFor(tx, input.boardId, request, mayScheduleMeetings)
        const dates = seriesDates(input.firstDate, input.everyWeeks, input.count)
        const last = dates.at(-1)!.date
        if (!inDateRange(last)) throw problems.validation([{ path: 'count', message: 'Enter fewer meetings: the last would fall after 2100' }])
        const meetings: StoredMeeting[] = dates.map(({ date }) => ({
          id: newId('meeting'),
          boardId: board.id,
          date,
          time: input.time,
          status: 'scheduled',
          ...(input.location ? { location: input.location } : {}),
          version: 1,
        }))
        meetings.forEach((meeting) => checkPapersDeadline(meeting, board))
        await tx.meetings.addMany(meetings)
        for (const meeting of meetings) await attachWaitingReports(tx, meeting)
        const answered = await Promise.all(meetings.map((meeting) => meetingAnswer(tx, meeting, board)))
        return json(
          { meetings: answered, moved: dates.flatMap((each, index) => (each.movedFrom ? [{ meetingId: meetings[index]!.id, from: each.movedFrom, to: each.date }] : [])) },
          { status: 201 },
        )
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
        const current = await meetingAnswer(tx, meeting, board)
        checkIfMatch(request, meeting, current)
        const reportsDue = (await reportsDueAt(tx, [meeting.id])).get(meeting.id) ?? []
        const { agenda, attendance, moveBusinessTo, location, ...fields } = input
        if (attendance) await checkAttendance(tx, attendance)
        const items = agenda ? savedAgenda(agenda, current.agenda, reportsDue) : undefined
        if (items) await checkActionsKeepTheirItems(tx, meeting, items)
        if (moveBusinessTo) await moveBusiness(tx, meeting, moveBusinessTo)
        const next: StoredMeeting = {
          ...meeting,
          ...definedOnly(fields),
          ...(location ? { location } : {}),
          ...(items ? { agenda: items } : {}),
          ...(attendance !== undefined ? { attendance } : {}),
          // Kept, so the meeting's page can say where its business went.
          ...(moveBusinessTo ? { businessMovedTo: moveBusinessTo } : {}),
          version: meeting.version + 1,
        }
        if (location === null) delete next.location
        checkPapersDeadline(next, board)
        await tx.meetings.put(next)
        if (next.date !== meeting.date && next.status === 'scheduled') await attachWaitingReports(tx, next)
        return json(await meetingAnswer(tx, next, board), { version: next.version })
      })
    }),
  ),
]
