import { http } from 'msw'
import { agreePlanInputSchema, createPlanInputSchema, plansQuerySchema, updatePlanInputSchema, type Theme } from '@/contract/plans'
import type { StoredPlan } from '@/contract/stored'
import { mayChangePlan } from '@/domain/permissions'
import { planProblems } from '@/domain/record-rules'
import { todayIso } from '@/domain/today'
import { db } from '../db/database'
import { loadRecords } from '../db/records'
import { actingPerson, answer, boardFor, checkIfMatch, json, newId, problems, readBody, readQuery } from './http'
import { refuseRemovingMeasuredThemes } from './measures'
import { route } from './paths'

function withThemeIds(themes: Array<{ id?: string | undefined; title: string }>): Theme[] {
  return themes.map((theme) => ({ id: theme.id ?? newId('theme'), title: theme.title }))
}

async function checkInspection(inspectionId: string | null): Promise<void> {
  if (inspectionId && !(await db.inspections.get(inspectionId))) {
    throw problems.validation([{ path: 'inspectionId', message: 'Select the inspection the plan answers' }])
  }
}

/** The rules every stored plan meets, whether created or changed (app/domain/record-rules.ts): one id per theme, as restore requires. */
async function checkPlan(plan: StoredPlan): Promise<void> {
  const found = planProblems(plan, await loadRecords({ boards: [plan.boardId], inspections: [plan.inspectionId] }))
  if (found.length > 0) throw problems.validation(found)
}

export const planHandlers = [
  http.get(route('/plans'), ({ request }) =>
    answer(async () => {
      const query = readQuery(request, plansQuerySchema)
      const plans = query.boardId ? await db.plans.where('boardId').equals(query.boardId).toArray() : await db.plans.toArray()
      return json(plans.sort((a, b) => a.title.localeCompare(b.title, 'en-GB')))
    }),
  ),

  http.get(route('/plans/:id'), ({ params }) =>
    answer(async () => {
      const plan = await db.plans.get(String(params.id))
      if (!plan) throw problems.notFound('plan')
      return json(plan, { version: plan.version })
    }),
  ),

  http.get(route('/plans/:id/updates'), ({ params }) =>
    answer(async () =>
      db.transaction('r', [db.plans, db.milestones, db.milestoneUpdates], async () => {
        const plan = await db.plans.get(String(params.id))
        if (!plan) throw problems.notFound('plan')
        const ids = await db.milestones.where('planId').equals(plan.id).primaryKeys()
        const updates = await db.milestoneUpdates.where('milestoneId').anyOf(ids).toArray()
        return json(updates.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)))
      }),
    ),
  ),

  http.post(route('/plans'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createPlanInputSchema)
      return db.transaction('rw', [db.people, db.boards, db.inspections, db.plans], async () => {
        const board = await boardFor(input.boardId, request, mayChangePlan)
        await checkInspection(input.inspectionId)
        const plan: StoredPlan = {
          id: newId('plan'),
          boardId: board.id,
          inspectionId: input.inspectionId,
          title: input.title,
          themes: withThemeIds(input.themes),
          status: 'draft',
          agreedBy: null,
          agreedOn: null,
          agreedRecordedById: null,
          version: 1,
        }
        await checkPlan(plan)
        await db.plans.add(plan)
        return json(plan, { status: 201, version: 1, headers: { Location: `/api/plans/${plan.id}` } })
      })
    }),
  ),

  http.patch(route('/plans/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updatePlanInputSchema)
      return db.transaction('rw', [db.people, db.boards, db.inspections, db.plans, db.milestones, db.measures], async () => {
        const plan = await db.plans.get(String(params.id))
        if (!plan) throw problems.notFound('plan')
        await boardFor(plan.boardId, request, mayChangePlan)
        checkIfMatch(request, plan, plan)
        if (input.inspectionId !== undefined) await checkInspection(input.inspectionId)
        const themes = input.themes ? withThemeIds(input.themes) : plan.themes
        const milestones = await db.milestones.where('planId').equals(plan.id).toArray()
        if (input.themes) {
          const kept = new Set(themes.map((theme) => theme.id))
          const orphaned = milestones.find((milestone) => !kept.has(milestone.themeId))
          if (orphaned) {
            throw problems.conflict('A theme that still has milestones cannot be removed. Move or delete its milestones first.')
          }
          await refuseRemovingMeasuredThemes(plan.id, kept)
        }
        // Milestones answer the recommendations of the plan's inspection: it cannot change under them.
        if (input.inspectionId !== undefined && input.inspectionId !== plan.inspectionId && milestones.some((milestone) => milestone.recommendationIds.length > 0)) {
          throw problems.conflict('Milestones answer recommendations of the inspection this plan answers now. Change those milestones first.')
        }
        const next: StoredPlan = {
          ...plan,
          title: input.title ?? plan.title,
          inspectionId: input.inspectionId === undefined ? plan.inspectionId : input.inspectionId,
          themes,
          version: plan.version + 1,
        }
        await checkPlan(next)
        await db.plans.put(next)
        return json(next, { version: next.version })
      })
    }),
  ),

  http.post(route('/plans/:id/agree'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, agreePlanInputSchema)
      return db.transaction('rw', [db.people, db.boards, db.plans, db.milestones], async () => {
        const plan = await db.plans.get(String(params.id))
        if (!plan) throw problems.notFound('plan')
        await boardFor(plan.boardId, request, mayChangePlan)
        checkIfMatch(request, plan, plan)
        if (input.agreedOn > todayIso()) throw problems.validation([{ path: 'agreedOn', message: 'The date the plan was agreed must be today or in the past' }])
        if (plan.status === 'agreed') throw problems.conflict(`This plan was already agreed, on ${plan.agreedOn}. Its baselines stay as they were agreed.`)
        const milestones = await db.milestones.where('planId').equals(plan.id).toArray()
        if (milestones.length === 0) throw problems.conflict('A plan with no milestones cannot be agreed: add its milestones first.')
        const person = await actingPerson(request)
        const next: StoredPlan = {
          ...plan,
          status: 'agreed',
          agreedBy: input.agreedBy,
          agreedOn: input.agreedOn,
          agreedRecordedById: person.id,
          version: plan.version + 1,
        }
        await db.plans.put(next)
        // Agreeing freezes each milestone's due date as its baseline, against which slippage is measured.
        await db.milestones.bulkPut(milestones.map((milestone) => ({ ...milestone, baselineDueDate: milestone.dueDate, version: milestone.version + 1 })))
        return json(next, { version: next.version })
      })
    }),
  ),
]
