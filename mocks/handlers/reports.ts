import { http } from 'msw'
import {
  createReportInputSchema,
  deferralDecisionInputSchema,
  deferralRequestInputSchema,
  reportsQuerySchema,
  reportStatusLabels,
  reportTransitionInputSchema,
  openReportStatuses,
  updateReportInputSchema,
  type Report,
  type UpdateReportInput,
} from '@/contract/reports'
import type { StoredBoard, StoredMeeting, StoredPerson, StoredReport } from '@/contract/stored'
import { mayAskToDeferReport, mayChangeReport, mayDecideReportDeferral, mayMoveReport, mayRequestReports, type Actor, type Permission } from '@/domain/permissions'
import { isLegalTransition } from '@/domain/report-status'
import { todayIso } from '@/domain/today'
import { newlyChosenProblems, reportProblems } from '@/domain/record-rules'
import { read, write, type Tx } from '../db/store'
import { loadRecords } from '../db/records'
import { toMeeting, toReport } from '../rules/derive'
import { actingPerson, answer, enforce, checkIfMatch, definedOnly, json, newId, nowInstant, problems, readBody, readQuery } from './http'
import { route } from './paths'
import { nextInstanceDue, resolveDueMeeting } from './report-rules'

/** Reports with their lateness, which needs each due meeting's papers deadline. */
async function withDerived(tx: Tx, reports: StoredReport[]): Promise<Report[]> {
  const meetingIds = [...new Set(reports.flatMap((report) => (report.dueMeetingId ? [report.dueMeetingId] : [])))]
  const [meetings, boards] = await Promise.all([tx.meetings.getMany(meetingIds), tx.boards.all()])
  const boardsById = new Map(boards.map((board) => [board.id, board]))
  const meetingsById = new Map(
    meetings.flatMap((meeting) => (meeting ? [[meeting.id, toMeeting(meeting, boardsById.get(meeting.boardId))] as const] : [])),
  )
  return reports.map((report) => toReport(report, report.dueMeetingId ? meetingsById.get(report.dueMeetingId) : undefined))
}

async function derivedOne(tx: Tx, report: StoredReport): Promise<Report> {
  const [derived] = await withDerived(tx, [report])
  return derived!
}

async function requestingBoard(tx: Tx, boardId: string): Promise<StoredBoard> {
  const board = await tx.boards.get(boardId)
  if (!board) throw problems.validation([{ path: 'requestedByBoardId', message: 'Select the board asking for the report' }])
  return board
}

/**
 * The report a change is to, its board and who asks, once the rule allows them and the request's
 * If-Match holds: the same checks, in the same order, for every change to a report.
 */
async function reportToChange(
  tx: Tx,
  request: Request,
  id: string,
  rule: (person: Actor, report: StoredReport, board: StoredBoard) => Permission,
): Promise<{ report: StoredReport; board: StoredBoard; person: StoredPerson }> {
  const report = await tx.reports.get(id)
  if (!report) throw problems.notFound('report')
  const board = await requestingBoard(tx, report.requestedByBoardId)
  const person = await actingPerson(tx, request)
  enforce(rule(person, report, board))
  checkIfMatch(request, report, await derivedOne(tx, report))
  return { report, board, person }
}

/** The rules every stored report meets, whether created or changed (app/domain/record-rules.ts). */
async function checkReport(tx: Tx, report: StoredReport, before?: StoredReport): Promise<void> {
  const records = await loadRecords(tx, {
    boards: [report.requestedByBoardId],
    people: [report.authorId, ...report.history.map((event) => event.byId)],
    meetings: [report.requestedAtMeetingId, report.dueMeetingId],
  })
  const found = [
    ...reportProblems(report, records, { open: openReportStatuses.includes(report.status) }),
    ...newlyChosenProblems('authorId', [report.authorId], before ? [before.authorId] : [], records),
  ]
  if (found.length > 0) throw problems.validation(found)
}

/** A change that names when the report is due replaces the whole choice: meeting, month or next meeting. */
function withDueChoice(report: StoredReport, input: UpdateReportInput): StoredReport {
  const next = { ...report, ...definedOnly(input) }
  if (input.dueMeetingId === undefined && input.dueMonth === undefined && input.dueNextMeeting === undefined) return next
  return { ...next, dueMeetingId: input.dueMeetingId ?? null, dueMonth: input.dueMonth ?? null, dueNextMeeting: input.dueNextMeeting ?? false }
}

export const reportHandlers = [
  http.get(route('/reports'), ({ request }) =>
    answer(() =>
      read(async (tx) => {
        const query = readQuery(request, reportsQuerySchema)
        const stored = query.boardId
          ? await tx.reports.where('requestedByBoardId', query.boardId)
          : await tx.reports.all()
        const filtered = stored.filter(
          (report) =>
            (!query.status || report.status === query.status) &&
            (!query.authorId || report.authorId === query.authorId) &&
            (!query.dueMeetingId || report.dueMeetingId === query.dueMeetingId),
        )
        const reports = (await withDerived(tx, filtered)).filter(
          (report) => query.overdue === undefined || report.overdue === (query.overdue === 'true'),
        )
        return json(reports.sort((a, b) => a.title.localeCompare(b.title, 'en-GB') || a.id.localeCompare(b.id)))
      }),
    ),
  ),

  http.get(route('/reports/:id'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const report = await tx.reports.get(String(params.id))
        if (!report) throw problems.notFound('report')
        return json(await derivedOne(tx, report), { version: report.version })
      }),
    ),
  ),

  http.post(route('/reports'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createReportInputSchema)
      return write(async (tx) => {
        const board = await requestingBoard(tx, input.requestedByBoardId)
        const person = await actingPerson(tx, request)
        enforce(mayRequestReports(person, board))
        const due = await resolveDueMeeting(tx, board.id, input)
        const report: StoredReport = {
          id: newId('report'),
          title: input.title,
          ...(input.description ? { description: input.description } : {}),
          requestedByBoardId: board.id,
          requestedAtMeetingId: input.requestedAtMeetingId,
          authorId: input.authorId,
          recurrence: input.recurrence,
          ...due,
          status: 'requested',
          history: [
            { at: nowInstant(), byId: person.id, from: null, to: 'requested', ...(input.requestedAtMeetingId ? { meetingId: input.requestedAtMeetingId } : {}) },
          ],
          previousInstanceId: null,
          version: 1,
        }
        await checkReport(tx, report)
        await tx.reports.add(report)
        return json(await derivedOne(tx, report), { status: 201, version: 1, headers: { Location: `/api/reports/${report.id}` } })
      })
    }),
  ),

  http.patch(route('/reports/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updateReportInputSchema)
      return write(async (tx) => {
        const { report } = await reportToChange(tx, request, String(params.id), (person, _report, board) => mayChangeReport(person, board))
        const next: StoredReport = { ...withDueChoice(report, input), version: report.version + 1 }
        await checkReport(tx, next, report)
        await tx.reports.put(next)
        return json(await derivedOne(tx, next), { version: next.version })
      })
    }),
  ),

  http.post(route('/reports/:id/transitions'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, reportTransitionInputSchema)
      return write(async (tx) => {
        const { report, board, person } = await reportToChange(tx, request, String(params.id), (person, report, board) => mayMoveReport(person, report, board, input.to))
        if (!isLegalTransition(report.status, input.to)) {
          throw problems.conflict(
            `A report that is ${reportStatusLabels[report.status].toLowerCase()} cannot be marked ${reportStatusLabels[input.to].toLowerCase()}.`,
          )
        }
        let meeting: StoredMeeting | undefined
        if (input.meetingId) {
          meeting = await tx.meetings.get(input.meetingId)
          if (!meeting || meeting.boardId !== board.id) {
            throw problems.validation([{ path: 'meetingId', message: `Select a meeting of ${board.name}` }])
          }
        }
        const dueMeeting = report.dueMeetingId ? await tx.meetings.get(report.dueMeetingId) : undefined
        if (input.to === 'deferred' && meeting && dueMeeting && meeting.date <= dueMeeting.date) {
          throw problems.validation([{ path: 'meetingId', message: 'Select a meeting after the one the report is due at' }])
        }
        // A move other than starting to write it settles an open request to defer: it is done, deferred or withdrawn.
        const next: StoredReport = {
          ...(input.to === 'in-preparation' ? report : withoutDeferralRequest(report)),
          status: input.to,
          dueMeetingId: input.to === 'deferred' && meeting ? meeting.id : report.dueMeetingId,
          dueNextMeeting: input.to === 'deferred' ? false : report.dueNextMeeting,
          history: [
            ...report.history,
            {
              at: nowInstant(),
              byId: person.id,
              from: report.status,
              to: input.to,
              ...(meeting ? { meetingId: meeting.id } : {}),
              ...(input.to === 'deferred' && report.dueMeetingId ? { fromMeetingId: report.dueMeetingId } : {}),
              ...(input.reason ? { reason: input.reason } : {}),
              ...(input.to === 'submitted' && input.paperUrl ? { paperUrl: input.paperUrl } : {}),
              ...(input.to === 'submitted' && input.note ? { note: input.note } : {}),
            },
          ],
          version: report.version + 1,
        }
        await tx.reports.put(next)
        if (input.to === 'considered' && report.recurrence !== 'none') {
          const due = await nextInstanceDue(tx, report, meeting ?? dueMeeting)
          const instance: StoredReport = {
            ...report,
            id: newId('report'),
            ...due,
            requestedAtMeetingId: meeting?.id ?? dueMeeting?.id ?? report.requestedAtMeetingId,
            status: 'requested',
            history: [{ at: nowInstant(), byId: person.id, from: null, to: 'requested', reason: `Next ${report.recurrence === 'every-meeting' ? 'standing' : report.recurrence} report after the one considered.` }],
            previousInstanceId: report.id,
            version: 1,
          }
          await tx.reports.add(instance)
        }
        return json(await derivedOne(tx, next), { version: next.version })
      })
    }),
  ),

  http.post(route('/reports/:id/deferral-request'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, deferralRequestInputSchema)
      return write(async (tx) => {
        const { report, board, person } = await reportToChange(tx, request, String(params.id), (person, report) => mayAskToDeferReport(person, report))
        if (!openReportStatuses.includes(report.status)) {
          throw problems.conflict(`A report that is ${reportStatusLabels[report.status].toLowerCase()} cannot be deferred.`)
        }
        if (report.deferralRequest) throw problems.conflict('You have already asked to defer this report: the chair has not yet decided.')
        await laterMeetingOf(tx, board, report, input.meetingId)
        const at = nowInstant()
        const next: StoredReport = {
          ...report,
          deferralRequest: { at, byId: person.id, meetingId: input.meetingId, reason: input.reason },
          history: [...report.history, { at, byId: person.id, from: report.status, to: report.status, kind: 'deferral-asked', meetingId: input.meetingId, reason: input.reason }],
          version: report.version + 1,
        }
        await tx.reports.put(next)
        return json(await derivedOne(tx, next), { version: next.version })
      })
    }),
  ),

  http.post(route('/reports/:id/deferral-decision'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, deferralDecisionInputSchema)
      return write(async (tx) => {
        const { report, board, person } = await reportToChange(tx, request, String(params.id), (person, _report, board) => mayDecideReportDeferral(person, board))
        const { deferralRequest } = report
        const rest = withoutDeferralRequest(report)
        if (!deferralRequest) throw problems.conflict('Nobody has asked to defer this report, or the request has been decided.')
        const at = nowInstant()
        let next: StoredReport
        if (input.decision === 'accept') {
          // The meeting must still be a later one: the due meeting may have moved since the request.
          await laterMeetingOf(tx, board, report, deferralRequest.meetingId)
          next = {
            ...rest,
            status: 'deferred',
            dueMeetingId: deferralRequest.meetingId,
            dueNextMeeting: false,
            history: [
              ...report.history,
              {
                at,
                byId: person.id,
                from: report.status,
                to: 'deferred',
                meetingId: deferralRequest.meetingId,
                ...(report.dueMeetingId ? { fromMeetingId: report.dueMeetingId } : {}),
                reason: input.reason ?? deferralRequest.reason,
              },
            ],
            version: report.version + 1,
          }
        } else {
          next = {
            ...rest,
            history: [
              ...report.history,
              { at, byId: person.id, from: report.status, to: report.status, kind: 'deferral-declined', meetingId: deferralRequest.meetingId, ...(input.reason ? { reason: input.reason } : {}) },
            ],
            version: report.version + 1,
          }
        }
        await tx.reports.put(next)
        return json(await derivedOne(tx, next), { version: next.version })
      })
    }),
  ),
]

function withoutDeferralRequest(report: StoredReport): StoredReport {
  const copy = { ...report }
  delete copy.deferralRequest
  return copy
}

/** A meeting a report may be deferred to: a scheduled one of the board that asked for it, after the one it is due at and not past. */
async function laterMeetingOf(tx: Tx, board: StoredBoard, report: StoredReport, meetingId: string): Promise<StoredMeeting> {
  const meeting = await tx.meetings.get(meetingId)
  if (!meeting || meeting.boardId !== board.id || meeting.status !== 'scheduled' || meeting.date < todayIso()) {
    throw problems.validation([{ path: 'meetingId', message: `Select a meeting of ${board.name} to come` }])
  }
  const dueMeeting = report.dueMeetingId ? await tx.meetings.get(report.dueMeetingId) : undefined
  if (dueMeeting && meeting.date <= dueMeeting.date) {
    throw problems.validation([{ path: 'meetingId', message: 'Select a meeting after the one the report is due at' }])
  }
  return meeting
}
