import { http } from 'msw'
import {
  createMilestoneInputSchema,
  createMilestoneUpdateInputSchema,
  milestonesQuerySchema,
  updateMilestoneInputSchema,
  type Milestone,
  type MilestoneChange,
} from '@/contract/milestones'
import type { StoredMilestone, StoredMilestoneUpdate, StoredPlan } from '@/contract/stored'
import { completedOnAfterUpdate } from '@/domain/milestone-status'
import { mayManageMilestones, mayUpdateMilestone } from '@/domain/permissions'
import { todayIso } from '@/domain/today'
import { milestoneProblems } from '@/domain/record-rules'
import { db } from '../db/database'
import { loadRecords } from '../db/records'
import { toMilestone } from '../rules/derive'
import { forgetMilestoneInMeasures } from './measures'
import { actingPerson, answer, enforce, checkIfMatch, json, newId, noContent, nowInstant, problems, readBody, readQuery } from './http'
import { route } from './paths'

/** Each plan's stale-after days, from its board. */
async function staleDaysByPlan(planIds: string[]): Promise<Map<string, number>> {
  const plans = (await db.plans.bulkGet([...new Set(planIds)])).filter((plan): plan is StoredPlan => !!plan)
  const boards = await db.boards.bulkGet([...new Set(plans.map((plan) => plan.boardId))])
  const staleByBoard = new Map(boards.flatMap((board) => (board ? [[board.id, board.staleAfterDays] as const] : [])))
  return new Map(plans.map((plan) => [plan.id, staleByBoard.get(plan.boardId) ?? 30]))
}

/** Milestones as the API answers them (inside a transaction that includes plans, boards and dateChanges). */
export async function withFlags(milestones: StoredMilestone[]): Promise<Milestone[]> {
  const staleDays = await staleDaysByPlan(milestones.map((milestone) => milestone.planId))
  const proposals = await db.dateChanges.where('status').equals('proposed').toArray()
  const proposed = new Map(proposals.map((change) => [change.milestoneId, change.toDate]))
  return milestones.map((milestone) => toMilestone(milestone, staleDays.get(milestone.planId) ?? 30, proposed.get(milestone.id) ?? null))
}

async function withFlagsOne(milestone: StoredMilestone): Promise<Milestone> {
  const [flagged] = await withFlags([milestone])
  return flagged!
}

/** The plan and board a milestone belongs to, and whether the acting person chairs that board. */
async function planContext(planId: string, request: Request) {
  const plan = await db.plans.get(planId)
  if (!plan) throw problems.validation([{ path: 'planId', message: 'Select the plan' }])
  const board = await db.boards.get(plan.boardId)
  const person = await actingPerson(request)
  return { plan, board, person }
}

/** The rules every stored milestone meets, whether created or changed (app/domain/record-rules.ts). */
async function checkMilestone(plan: StoredPlan, fields: Pick<StoredMilestone, 'themeId' | 'ownerId' | 'recommendationIds'>): Promise<void> {
  const records = await loadRecords({
    plans: [plan.id],
    people: [fields.ownerId],
    inspections: fields.recommendationIds.length > 0 ? [plan.inspectionId] : [],
  })
  const found = milestoneProblems({ planId: plan.id, ...fields }, records)
  if (found.length > 0) throw problems.validation(found)
}

/** Now, or just after the milestone's latest entry: its history keeps a strict order even within one millisecond. */
async function nextEntryInstant(milestoneId: string): Promise<string> {
  const now = nowInstant()
  const entries = await db.milestoneUpdates.where('milestoneId').equals(milestoneId).toArray()
  const latest = entries.reduce((max, entry) => (entry.at > max ? entry.at : max), '')
  return latest >= now ? new Date(Date.parse(latest) + 1).toISOString() : now
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
    answer(async () => {
      const query = readQuery(request, milestonesQuerySchema)
      let collection = query.planId
        ? db.milestones.where('planId').equals(query.planId)
        : query.ownerId
          ? db.milestones.where('ownerId').equals(query.ownerId)
          : db.milestones.toCollection()
      const needle = query.q?.trim().toLocaleLowerCase('en-GB')
      collection = collection.filter(
        (milestone) =>
          (!query.ownerId || milestone.ownerId === query.ownerId) &&
          (!query.rag || milestone.rag === query.rag) &&
          (!needle || milestone.title.toLocaleLowerCase('en-GB').includes(needle) || (milestone.description ?? '').toLocaleLowerCase('en-GB').includes(needle)),
      )
      const milestones = (await withFlags(await collection.toArray())).filter(
        (milestone) => query.overdue === undefined || milestone.overdue === (query.overdue === 'true'),
      )
      return json(milestones.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'en-GB')))
    }),
  ),

  http.get(route('/milestones/:id'), ({ params }) =>
    answer(async () => {
      const milestone = await db.milestones.get(String(params.id))
      if (!milestone) throw problems.notFound('milestone')
      return json(await withFlagsOne(milestone), { version: milestone.version })
    }),
  ),

  http.post(route('/milestones'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createMilestoneInputSchema)
      return db.transaction('rw', [db.people, db.boards, db.plans, db.inspections, db.milestones, db.milestoneUpdates, db.dateChanges], async () => {
        const context = await planContext(input.planId, request)
        enforce(mayManageMilestones(context.person, context.board))
        await checkMilestone(context.plan, input)
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
        await db.milestones.add(milestone)
        await db.milestoneUpdates.add({
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
        return json(await withFlagsOne(milestone), { status: 201, version: 1, headers: { Location: `/api/milestones/${milestone.id}` } })
      })
    }),
  ),

  http.patch(route('/milestones/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updateMilestoneInputSchema)
      return db.transaction('rw', [db.people, db.boards, db.plans, db.inspections, db.milestones, db.milestoneUpdates, db.dateChanges], async () => {
        const milestone = await db.milestones.get(String(params.id))
        if (!milestone) throw problems.notFound('milestone')
        const context = await planContext(milestone.planId, request)
        enforce(mayManageMilestones(context.person, context.board))
        checkIfMatch(request, milestone, await withFlagsOne(milestone))
        const { reason, ...fields } = input
        const next: StoredMilestone = { ...milestone, version: milestone.version + 1 }
        for (const [key, value] of Object.entries(fields)) {
          if (value !== undefined) Object.assign(next, { [key]: value })
        }
        // An empty description clears it.
        if (next.description === '') delete next.description
        await checkMilestone(context.plan, next)
        const changes = changesBetween(milestone, next)
        if (changes.length === 0) return json(await withFlagsOne(milestone), { version: milestone.version })
        await db.milestones.put(next)
        await db.milestoneUpdates.add({
          id: newId('update'),
          milestoneId: milestone.id,
          kind: 'edit',
          at: await nextEntryInstant(milestone.id),
          authorId: context.person.id,
          fromRag: milestone.rag,
          rag: milestone.rag,
          // The changes are structured; the commentary is the chair's reason, if they gave one.
          commentary: reason ?? '',
          changes,
        })
        return json(await withFlagsOne(next), { version: next.version })
      })
    }),
  ),

  http.delete(route('/milestones/:id'), ({ request, params }) =>
    answer(async () => {
      return db.transaction('rw', [db.people, db.boards, db.plans, db.milestones, db.milestoneUpdates, db.dateChanges, db.measures], async () => {
        const milestone = await db.milestones.get(String(params.id))
        if (!milestone) throw problems.notFound('milestone')
        const context = await planContext(milestone.planId, request)
        enforce(mayManageMilestones(context.person, context.board))
        checkIfMatch(request, milestone, await withFlagsOne(milestone))
        const updates = await db.milestoneUpdates.where('milestoneId').equals(milestone.id).toArray()
        if (updates.some((update) => update.kind !== 'created')) {
          throw problems.conflict(
            'This milestone has a history of updates, which is never deleted. Record a status update explaining why it is no longer needed instead.',
          )
        }
        await db.milestoneUpdates.bulkDelete(updates.map((update) => update.id))
        await db.milestones.delete(milestone.id)
        await forgetMilestoneInMeasures(milestone.id)
        return noContent()
      })
    }),
  ),

  http.get(route('/milestones/:id/updates'), ({ params }) =>
    answer(async () => {
      const milestone = await db.milestones.get(String(params.id))
      if (!milestone) throw problems.notFound('milestone')
      const updates = await db.milestoneUpdates.where('milestoneId').equals(milestone.id).toArray()
      return json(updates.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id)))
    }),
  ),

  http.post(route('/milestones/:id/updates'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, createMilestoneUpdateInputSchema)
      return db.transaction('rw', [db.people, db.boards, db.plans, db.milestones, db.milestoneUpdates, db.dateChanges], async () => {
        const milestone = await db.milestones.get(String(params.id))
        if (!milestone) throw problems.notFound('milestone')
        const context = await planContext(milestone.planId, request)
        enforce(mayUpdateMilestone(context.person, milestone, context.board))
        checkIfMatch(request, milestone, await withFlagsOne(milestone))
        const at = await nextEntryInstant(milestone.id)
        const changes: MilestoneChange[] = []
        if (input.revisedDueDate && input.revisedDueDate !== milestone.dueDate) {
          changes.push({ field: 'dueDate', from: milestone.dueDate, to: input.revisedDueDate })
        }
        const update: StoredMilestoneUpdate = {
          id: newId('update'),
          milestoneId: milestone.id,
          kind: 'status',
          at,
          authorId: context.person.id,
          fromRag: milestone.rag,
          rag: input.rag,
          commentary: input.commentary,
          ...(input.recoveryAction ? { recoveryAction: input.recoveryAction } : {}),
          ...(input.evidence ? { evidence: input.evidence } : {}),
          ...(input.revisedDueDate ? { revisedDueDate: input.revisedDueDate } : {}),
          changes,
        }
        const completedOn = completedOnAfterUpdate(milestone, input.rag, todayIso())
        const next: StoredMilestone = {
          ...milestone,
          rag: input.rag,
          dueDate: input.revisedDueDate ?? milestone.dueDate,
          lastUpdatedAt: at,
          completedOn,
          version: milestone.version + 1,
        }
        await db.milestoneUpdates.add(update)
        await db.milestones.put(next)
        const flagged = await withFlagsOne(next)
        return json(
          { update, milestone: flagged },
          { status: 201, version: next.version, headers: { Location: `/api/milestones/${milestone.id}/updates` } },
        )
      })
    }),
  ),
]
