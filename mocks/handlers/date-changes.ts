import { http } from 'msw'
import { dateChangesQuerySchema, decideDateChangeInputSchema, proposeDateChangeInputSchema } from '@/contract/date-changes'
import type { StoredDateChange, StoredMilestone } from '@/contract/stored'
import { formatIsoDate } from '@/domain/calendar'
import { dateChangeRoute } from '@/domain/milestone-lifecycle'
import { mayChangeDueDate, mayDecideDateChange } from '@/domain/permissions'
import { read, write } from '../db/store'
import { answer, checkIfMatch, enforce, json, problems, readBody, readQuery } from './http'
import { addEntry, milestoneContext, recordDateChange, refuseIfClosed, withFlagsOne } from './milestone-store'
import { route } from './paths'

const newestFirst = (a: StoredDateChange, b: StoredDateChange) =>
  (b.decidedAt ?? b.proposedAt).localeCompare(a.decidedAt ?? a.proposedAt) || b.proposedAt.localeCompare(a.proposedAt) || b.id.localeCompare(a.id)


/**
 * A milestone's due date once its plan is agreed: an owner proposes, the board chair agrees or
 * refuses; the chair's own new date is agreed at once. While the plan is a draft the date simply
 * changes (there is no baseline yet to slip from).
 */
export const dateChangeHandlers = [
  http.get(route('/date-changes'), ({ request }) =>
    answer(() =>
      read(async (tx) => {
        const query = readQuery(request, dateChangesQuerySchema)
        const changes = query.planId ? await tx.dateChanges.where('planId', query.planId) : await tx.dateChanges.all()
        return json(changes.filter((change) => !query.status || change.status === query.status).sort(newestFirst))
      }),
    ),
  ),

  http.get(route('/milestones/:id/date-changes'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const milestone = await tx.milestones.get(String(params.id))
        if (!milestone) throw problems.notFound('milestone')
        return json((await tx.dateChanges.where('milestoneId', milestone.id)).sort(newestFirst))
      }),
    ),
  ),

  http.post(route('/milestones/:id/date-changes'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, proposeDateChangeInputSchema)
      return write(async (tx) => {
        const { milestone, plan, person, board, isBoardChair } = await milestoneContext(tx, String(params.id), request)
        enforce(mayChangeDueDate(person, milestone, board))
        checkIfMatch(request, milestone, await withFlagsOne(tx, milestone))
        refuseIfClosed(milestone, 'date changes')
        if (input.toDate === milestone.dueDate) {
          throw problems.validation([{ path: 'toDate', message: `The milestone is already due on ${formatIsoDate(milestone.dueDate)}: enter a different date` }])
        }
        const next: StoredMilestone = { ...milestone, version: milestone.version + 1 }
        const way = dateChangeRoute(plan.status, isBoardChair)
        if (way === 'direct') {
          // A draft plan has no baseline yet: its dates simply change, recorded in the history.
          next.dueDate = input.toDate
          await addEntry(tx, next, {
            kind: 'edit',
            authorId: person.id,
            commentary: input.reason,
            changes: [{ field: 'dueDate', from: milestone.dueDate, to: input.toDate }],
          })
          await tx.milestones.put(next)
          return json({ dateChange: null, milestone: await withFlagsOne(tx, next) }, { version: next.version })
        }
        const { dateChange } = await recordDateChange(tx, { next, before: milestone, route: way, byId: person.id, toDate: input.toDate, reason: input.reason })
        await tx.milestones.put(next)
        return json(
          { dateChange, milestone: await withFlagsOne(tx, next) },
          { status: 201, version: next.version, headers: { Location: `/api/milestones/${milestone.id}/date-changes` } },
        )
      })
    }),
  ),

  http.post(route('/milestones/:id/date-changes/:changeId/decision'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, decideDateChangeInputSchema)
      return write(async (tx) => {
        const { milestone, person, board } = await milestoneContext(tx, String(params.id), request)
        const change = await tx.dateChanges.get(String(params.changeId))
        if (!change || change.milestoneId !== milestone.id) throw problems.notFound('date change of this milestone')
        enforce(mayDecideDateChange(person, board))
        checkIfMatch(request, milestone, await withFlagsOne(tx, milestone))
        refuseIfClosed(milestone, 'date changes')
        if (change.status !== 'proposed') {
          throw problems.conflict(`This new date was already ${change.status === 'agreed' ? 'agreed' : 'refused'}: a decision is made once.`)
        }
        const note = input.note ?? null
        const decided: StoredDateChange = {
          ...change,
          status: input.decision,
          decidedById: person.id,
          decidedAt: '',
          decisionNote: note,
          version: change.version + 1,
        }
        const next: StoredMilestone = { ...milestone, version: milestone.version + 1 }
        if (input.decision === 'agreed') next.dueDate = change.toDate
        const entry = await addEntry(tx, next, {
          kind: input.decision === 'agreed' ? 'date-agreed' : 'date-refused',
          authorId: person.id,
          // The chair's note, if any; the proposal's own reason stays with the date change.
          commentary: note ?? '',
          revisedDueDate: change.toDate,
          dateChangeId: change.id,
          changes: input.decision === 'agreed' ? [{ field: 'dueDate', from: milestone.dueDate, to: change.toDate }] : [],
        })
        decided.decidedAt = entry.at
        await tx.dateChanges.put(decided)
        await tx.milestones.put(next)
        return json({ dateChange: decided, milestone: await withFlagsOne(tx, next) }, { version: next.version })
      })
    }),
  ),
]
