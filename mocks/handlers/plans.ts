import { http } from 'msw'
import { agreePlanInputSchema, createPlanInputSchema, plansQuerySchema, updatePlanInputSchema, type Theme } from '@/contract/plans'
import type { StoredPlan } from '@/contract/stored'
import { mayChangePlan } from '@/domain/permissions'
import { planProblems } from '@/domain/record-rules'
import { todayIso } from '@/domain/today'
import { read, write, type Tx } from '../db/store'
import { loadRecords } from '../db/records'
import { actingPerson, answer, boardFor, checkIfMatch, json, newId, problems, readBody, readQuery } from './http'
import { refuseRemovingMeasuredThemes } from './measures'
import { route } from './paths'

function withThemeIds(themes: Array<{ id?: string | undefined; title: string }>): Theme[] {
  return themes.map((theme) => ({ id: theme.id ?? newId('theme'), title: theme.title }))
}

async function checkInspection(tx: Tx, inspectionId: string | null): Promise<void> {
  if (inspectionId && !(await tx.inspections.get(inspectionId))) {
    throw problems.validation([{ path: 'inspectionId', message: 'Select the inspection the plan answers' }])
  }
}

/** The rules every stored plan meets, whether created or changed (app/domain/record-rules.ts): one id per theme, as restore requires. */
async function checkPlan(tx: Tx, plan: StoredPlan): Promise<void> {
  const found = planProblems(plan, await loadRecords(tx, { boards: [plan.boardId], inspections: [plan.inspectionId] }))
  if (found.length > 0) throw problems.validation(found)
}

export const planHandlers = [
  http.get(route('/plans'), ({ request }) =>
    answer(() =>
      read(async (tx) => {
        const query = readQuery(request, plansQuerySchema)
        const plans = query.boardId ? await tx.plans.where('boardId', query.boardId) : await tx.plans.all()
        return json(plans.sort((a, b) => a.title.localeCompare(b.title, 'en-GB')))
      }),
    ),
  ),

  http.get(route('/plans/:id'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const plan = await tx.plans.get(String(params.id))
        if (!plan) throw problems.notFound('plan')
        return json(plan, { version: plan.version })
      }),
    ),
  ),

  http.get(route('/plans/:id/updates'), ({ params }) =>
    answer(async () =>
      read(async (tx) => {
        const plan = await tx.plans.get(String(params.id))
        if (!plan) throw problems.notFound('plan')
        const ids = (await tx.milestones.where('planId', plan.id)).map((milestone) => milestone.id)
        const updates = await tx.milestoneUpdates.where('milestoneId', ids)
        return json(updates.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)))
      }),
    ),
  ),

  http.post(route('/plans'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createPlanInputSchema)
      return write(async (tx) => {
        const board = await boardFor(tx, input.boardId, request, mayChangePlan)
        await checkInspection(tx, input.inspectionId)
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
        await checkPlan(tx, plan)
        await tx.plans.add(plan)
        return json(plan, { status: 201, version: 1, headers: { Location: `/api/plans/${plan.id}` } })
      })
    }),
  ),

  http.patch(route('/plans/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updatePlanInputSchema)
      return write(async (tx) => {
        const plan = await tx.plans.get(String(params.id))
        if (!plan) throw problems.notFound('plan')
        await boardFor(tx, plan.boardId, request, mayChangePlan)
        checkIfMatch(request, plan, plan)
        if (input.inspectionId !== undefined) await checkInspection(tx, input.inspectionId)
        const themes = input.themes ? withThemeIds(input.themes) : plan.themes
        const milestones = await tx.milestones.where('planId', plan.id)
        if (input.themes) {
          const kept = new Set(themes.map((theme) => theme.id))
          const orphaned = milestones.find((milestone) => !kept.has(milestone.themeId))
          if (orphaned) {
            throw problems.conflict('A theme that still has milestones cannot be removed. Move or delete its milestones first.')
          }
          await refuseRemovingMeasuredThemes(tx, plan.id, kept)
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
        await checkPlan(tx, next)
        await tx.plans.put(next)
        return json(next, { version: next.version })
      })
    }),
  ),

  http.post(route('/plans/:id/agree'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, agreePlanInputSchema)
      return write(async (tx) => {
        const plan = await tx.plans.get(String(params.id))
        if (!plan) throw problems.notFound('plan')
        await boardFor(tx, plan.boardId, request, mayChangePlan)
        checkIfMatch(request, plan, plan)
        if (input.agreedOn > todayIso()) throw problems.validation([{ path: 'agreedOn', message: 'The date the plan was agreed must be today or in the past' }])
        if (plan.status === 'agreed') throw problems.conflict(`This plan was already agreed, on ${plan.agreedOn}. Its baselines stay as they were agreed.`)
        const milestones = await tx.milestones.where('planId', plan.id)
        if (milestones.length === 0) throw problems.conflict('A plan with no milestones cannot be agreed: add its milestones first.')
        const person = await actingPerson(tx, request)
        const next: StoredPlan = {
          ...plan,
          status: 'agreed',
          agreedBy: input.agreedBy,
          agreedOn: input.agreedOn,
          agreedRecordedById: person.id,
          version: plan.version + 1,
        }
        await tx.plans.put(next)
        // Agreeing freezes each milestone's due date as its baseline, against which slippage is measured.
        await tx.milestones.putMany(milestones.map((milestone) => ({ ...milestone, baselineDueDate: milestone.dueDate, version: milestone.version + 1 })))
        return json(next, { version: next.version })
      })
    }),
  ),
]
