import { http } from 'msw'
import { auditQuerySchema } from '@/contract/audit'
import { mayViewAudit, mayViewBoardAudit } from '@/domain/permissions'
import { read } from '../db/store'
import { auditEntries, auditPage, readCursor } from '../rules/audit'
import { actingPerson, answer, enforce, json, problems, readQuery } from './http'
import { route } from './paths'

export const auditHandlers = [
  /**
   * Who changed what, newest first, a page at a time: a chair sees the boards they chair, an
   * administrator everything. Only the tables of the boards in view are read.
   */
  http.get(route('/audit'), ({ request }) =>
    answer(() => {
      const { cursor, ...query } = readQuery(request, auditQuerySchema)
      const position = cursor === undefined ? undefined : readCursor(cursor)
      if (position === null) throw problems.validation([{ path: 'cursor', message: 'The link to older changes is not right: start again from the newest' }])
      return read(async (tx) => {
        const actor = await actingPerson(tx, request)
        enforce(mayViewAudit(actor))
        const boards = await tx.boards.all()
        if (query.boardId) {
          const board = boards.find((each) => each.id === query.boardId)
          if (!board) throw problems.validation([{ path: 'boardId', message: 'Select a board' }])
          enforce(mayViewBoardAudit(actor, board))
        }
        const scope = actor.isAdmin ? null : new Set(boards.filter((board) => board.chairId === actor.id).map((board) => board.id))
        const inView = query.boardId ? [query.boardId] : scope ? [...scope] : boards.map((board) => board.id)
        const plans = await tx.plans.where('boardId', inView)
        const planIds = plans.map((plan) => plan.id)
        const milestones = await tx.milestones.where('planId', planIds)
        const measures = await tx.measures.where('planId', planIds)
        const meetings = await tx.meetings.where('boardId', inView)
        const entries = auditEntries({
          people: await tx.people.all(),
          boards,
          plans,
          milestones,
          milestoneUpdates: await tx.milestoneUpdates.where('milestoneId', milestones.map((milestone) => milestone.id)),
          dateChanges: await tx.dateChanges.where('planId', planIds),
          reports: await tx.reports.where('requestedByBoardId', inView),
          measures,
          measureActuals: await tx.measureActuals.where('measureId', measures.map((measure) => measure.id)),
          planImports: await tx.planImports.where('planId', planIds),
          personChanges: await tx.personChanges.all(),
          actions: await tx.actions.where('boardId', inView),
          meetings,
          packs: await tx.packs.where('meetingId', meetings.map((meeting) => meeting.id)),
        })
        return json(auditPage(entries, { ...query, ...(position ? { cursor: position } : {}) }, scope))
      })
    }),
  ),
]
