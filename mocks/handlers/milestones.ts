import { http } from 'msw'
import {
  createMilestoneInputSchema,
  createMilestoneUpdateInputSchema,
  milestonesQuerySchema,
  updateMilestoneInputSchema,
  type MilestoneChange,
} from '@/contract/milestones'
import type { StoredMilestone, StoredMilestoneUpdate, StoredPlan } from '@/contract/stored'
import { dateChangeRoute, milestoneDeletion, signOffAfterStatus } from '@/domain/milestone-lifecycle'
import { completedOnAfterUpdate, isAwaitingSignOff } from '@/domain/milestone-status'
import { mayChangeDueDate, mayManageMilestones, mayUpdateMilestone } from '@/domain/permissions'
import { todayIso } from '@/domain/today'
import { milestoneProblems, newlyChosenProblems } from '@/domain/record-rules'
import { read, write, type Tx } from '../db/store'
import { loadRecords } from '../db/records'
import { answer, enforce, checkIfMatch, json, newId, noContent, nowInstant, problems, readBody, readQuery } from './http'
import { forgetMilestoneInMeasures } from './measures'
import { addEntry, milestoneContext, nextEntryInstant, planContext, recordDateChange, refuseIfClosed, withFlags, withFlagsOne } from './milestone-store'
import { route } from './paths'

export { withFlags } from './milestone-store'

/** The rules every stored milestone meets, whether created or changed (app/domain/record-rules.ts). */
async function checkMilestone(tx: Tx, plan: StoredPlan, fields: Pick<StoredMilestone, 'themeId' | 'ownerId' | 'recommendationIds'>, before?: StoredMilestone): Promise<void> {
  const records = await loadRecords(tx, {
    plans: [plan.id],
    people: [fields.ownerId],
    // The plan's inspection and the visits that follow it up: a few records, read whole.
    inspections: fields.recommendationIds.length > 0 ? (await tx.inspections.all()).map((inspection) => inspection.id) : [],
  })
  const found = [
    ...milestoneProblems({ planId: plan.id, ...fields }, records),
    // A deactivated owner keeps the milestones they had; nobody deactivated is given a new one.
    ...newlyChosenProblems('ownerId', [fields.ownerId], before ? [before.ownerId] : [], records),
  ]
  if (found.length > 0) throw problems.validation(found)
}

const trackedFields = ['title', 'ownerId', 'dueDate', 'themeId', 'description', 'recommendationIds', 'partners'] as const

function changesBetween(before: StoredMilestone, after: StoredMilestone): MilestoneChange[] {
  const text = (value: unknown) => (value === undefined ? null : Array.isArray(value) ? value.join(', ') : String(value))
  return trackedFields.flatMap((field) => {
    const from = text(before[field])
    const to = text(after[field])
    return from === to ? [] : [{ field, from, to }]
  })
}


export const milestoneHandlers = [
  http.get(route('/milestones'), ({ request }) =>
    answer(() =>
      read(async (tx) => {
        const query = readQuery(request, milestonesQuerySchema)
        const candidates = query.planId
          ? await tx.milestones.where('planId', query.planId)
          : query.ownerId
            ? await tx.milestones.where('ownerId', query.ownerId)
            : await tx.milestones.all()
        const needle = query.q?.trim().toLocaleLowerCase('en-GB')
        const matching = candidates.filter(
          (milestone) =>
            (!query.ownerId || milestone.ownerId === query.ownerId) &&
            (!query.rag || milestone.rag === query.rag) &&
            (!query.signOff || (milestone.rag === 'blue' && milestone.signOff === query.signOff)) &&
            (!needle || milestone.title.toLocaleLowerCase('en-GB').includes(needle) || (milestone.description ?? '').toLocaleLowerCase('en-GB').includes(needle)),
        )
        const milestones = (await withFlags(tx, matching)).filter(
          (milestone) =>
            (query.overdue === undefined || milestone.overdue === (query.overdue === 'true')) &&
            (query.slipped === undefined || milestone.slipped === (query.slipped === 'true')),
        )
        return json(milestones.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'en-GB')))
      }),
    ),
  ),

  http.get(route('/milestones/:id'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const milestone = await tx.milestones.get(String(params.id))
        if (!milestone) throw problems.notFound('milestone')
        return json(await withFlagsOne(tx, milestone), { version: milestone.version })
      }),
    ),
  ),

  http.post(route('/milestones'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createMilestoneInputSchema)
      return write(async (tx) => {
        const context = await planContext(tx, input.planId, request)
        enforce(mayManageMilestones(context.person, context.board))
        await checkMilestone(tx, context.plan, input)
        const at = nowInstant()
        const milestone: StoredMilestone = {
          id: newId('milestone'),
          planId: input.planId,
          themeId: input.themeId,
          title: input.title,
          ...(input.description ? { description: input.description } : {}),
          ownerId: input.ownerId,
          dueDate: input.dueDate,
          // A milestone added to an agreed plan is agreed as added: its first due date is its baseline.
          baselineDueDate: context.plan.status === 'agreed' ? input.dueDate : null,
          rag: 'not-started',
          signOff: null,
          signedOffById: null,
          signedOffOn: null,
          closedOn: null,
          closedReason: null,
          recommendationIds: [...new Set(input.recommendationIds)],
          partners: input.partners,
          createdAt: at,
          lastUpdatedAt: at,
          completedOn: null,
          version: 1,
        }
        await tx.milestones.add(milestone)
        await tx.milestoneUpdates.add({
          id: newId('update'),
          milestoneId: milestone.id,
          kind: 'created',
          at,
          authorId: context.person.id,
          fromRag: null,
          rag: 'not-started',
          commentary: 'Added to the improvement plan.',
          changes: [],
        })
        return json(await withFlagsOne(tx, milestone), { status: 201, version: 1, headers: { Location: `/api/milestones/${milestone.id}` } })
      })
    }),
  ),

  http.patch(route('/milestones/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updateMilestoneInputSchema)
      return write(async (tx) => {
        const { milestone, plan, person, board } = await milestoneContext(tx, String(params.id), request)
        enforce(mayManageMilestones(person, board))
        checkIfMatch(request, milestone, await withFlagsOne(tx, milestone))
        refuseIfClosed(milestone, 'changes')
        const { reason, ...fields } = input
        const next: StoredMilestone = { ...milestone, version: milestone.version + 1 }
        for (const [key, value] of Object.entries(fields)) {
          if (value !== undefined) Object.assign(next, { [key]: value })
        }
        // An empty description clears it.
        if (next.description === '') delete next.description
        await checkMilestone(tx, plan, next, milestone)
        // Once the plan is agreed, the chair's new due date is an agreed date change, with its reason.
        const movesAgreedDate = plan.status === 'agreed' && next.dueDate !== milestone.dueDate
        if (movesAgreedDate && !reason) {
          throw problems.validation([{ path: 'reason', message: 'Enter why the due date changes: the reason is kept with the agreed date change' }])
        }
        const changes = changesBetween(milestone, next).filter((change) => !(movesAgreedDate && change.field === 'dueDate'))
        if (changes.length === 0 && !movesAgreedDate) return json(await withFlagsOne(tx, milestone), { version: milestone.version })
        if (movesAgreedDate) next.dueDate = milestone.dueDate
        if (changes.length > 0) {
          // The changes are structured; the commentary is the chair's reason, if they gave one.
          await addEntry(tx, next, { kind: 'edit', authorId: person.id, commentary: reason ?? '', changes })
        }
        if (movesAgreedDate) {
          await recordDateChange(tx, { next, before: milestone, route: 'agreed', byId: person.id, toDate: input.dueDate!, reason: reason! })
        }
        await tx.milestones.put(next)
        return json(await withFlagsOne(tx, next), { version: next.version })
      })
    }),
  ),

  http.delete(route('/milestones/:id'), ({ request, params }) =>
    answer(async () => {
      return write(async (tx) => {
        const { milestone, plan, person, board } = await milestoneContext(tx, String(params.id), request)
        enforce(mayManageMilestones(person, board))
        checkIfMatch(request, milestone, await withFlagsOne(tx, milestone))
        const updates = await tx.milestoneUpdates.where('milestoneId', milestone.id)
        const deletion = milestoneDeletion(plan.status, updates)
        if (!deletion.allowed) throw problems.conflict(deletion.reason)
        await tx.milestoneUpdates.delete(updates.map((update) => update.id))
        await tx.dateChanges.delete((await tx.dateChanges.where('milestoneId', milestone.id)).map((change) => change.id))
        await tx.milestones.delete(milestone.id)
        // A measure that evidenced it no longer names it.
        await forgetMilestoneInMeasures(tx, milestone.id)
        return noContent()
      })
    }),
  ),

  http.get(route('/milestones/:id/updates'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const milestone = await tx.milestones.get(String(params.id))
        if (!milestone) throw problems.notFound('milestone')
        const updates = await tx.milestoneUpdates.where('milestoneId', milestone.id)
        return json(updates.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id)))
      }),
    ),
  ),

  http.post(route('/milestones/:id/updates'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, createMilestoneUpdateInputSchema)
      return write(async (tx) => {
        const { milestone, plan, person, board, isBoardChair } = await milestoneContext(tx, String(params.id), request)
        enforce(mayUpdateMilestone(person, milestone, board))
        checkIfMatch(request, milestone, await withFlagsOne(tx, milestone))
        refuseIfClosed(milestone, 'status updates')
        const today = todayIso()
        const newDate = input.revisedDueDate && input.revisedDueDate !== milestone.dueDate ? input.revisedDueDate : null
        const dateRoute = newDate ? dateChangeRoute(plan.status, isBoardChair) : null
        if (newDate) enforce(mayChangeDueDate(person, milestone, board))
        const at = await nextEntryInstant(tx, milestone.id)
        const update: StoredMilestoneUpdate = {
          id: newId('update'),
          milestoneId: milestone.id,
          kind: 'status',
          at,
          authorId: person.id,
          fromRag: milestone.rag,
          rag: input.rag,
          commentary: input.commentary,
          ...(input.recoveryAction ? { recoveryAction: input.recoveryAction } : {}),
          ...(input.evidence ? { evidence: input.evidence } : {}),
          // While the plan is a draft the date simply moves with the update; once agreed it is a date change of its own.
          ...(dateRoute === 'direct' ? { revisedDueDate: newDate!, changes: [{ field: 'dueDate' as const, from: milestone.dueDate, to: newDate! }] } : { changes: [] }),
        }
        const signOff = signOffAfterStatus(milestone, input.rag, { id: person.id, isBoardChair }, today)
        const next: StoredMilestone = {
          ...milestone,
          rag: input.rag,
          dueDate: dateRoute === 'direct' ? newDate! : milestone.dueDate,
          lastUpdatedAt: at,
          completedOn: completedOnAfterUpdate(milestone, input.rag, today),
          ...signOff,
          version: milestone.version + 1,
        }
        await tx.milestoneUpdates.add(update)
        if (newDate && dateRoute !== 'direct') {
          // The update's commentary is the reason for the new date.
          await recordDateChange(tx, { next, before: milestone, route: dateRoute!, byId: person.id, toDate: newDate, reason: input.commentary })
        }
        // The chair's own Complete is signed off at once, and the history says so.
        if (signOff.signOff === 'signed-off' && (milestone.rag !== 'blue' || isAwaitingSignOff(milestone))) {
          await addEntry(tx, next, { kind: 'signed-off', authorId: person.id, fromRag: 'blue', commentary: 'Completion signed off by the board chair with the update.' })
        }
        await tx.milestones.put(next)
        const flagged = await withFlagsOne(tx, next)
        return json(
          { update, milestone: flagged },
          { status: 201, version: next.version, headers: { Location: `/api/milestones/${milestone.id}/updates` } },
        )
      })
    }),
  ),
]
