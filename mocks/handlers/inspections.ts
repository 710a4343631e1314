import { http } from 'msw'
import { z } from 'zod'
import { checkInspectionAgainstFramework, createInspectionInputSchema, updateInspectionInputSchema } from '@/contract/inspections'
import type { StoredInspection } from '@/contract/stored'
import { inspectionsAnsweredBy, plansAnswering } from '@/domain/inspection-links'
import { mayChangeInspection, mayRecordInspections } from '@/domain/permissions'
import { inspectionProblems, recordsFrom } from '@/domain/record-rules'
import { read, write, type Tx } from '../db/store'
import { actingPerson, answer, checkIfMatch, definedOnly, enforce, json, newId, parseWith, problems, readBody } from './http'
import { route } from './paths'

/** The merged record must still fit its framework (a PATCH may change the framework, the kind or the judgements). */
const mergedInspectionSchema = z.custom<StoredInspection>().superRefine((value, ctx) => checkInspectionAgainstFramework(value, ctx))

/** Inspections stored before visits named the inspection they follow have no such field: it reads as none. */
const withFollows = (inspection: StoredInspection): StoredInspection => ({ ...inspection, followsInspectionId: inspection.followsInspectionId ?? null })

/** The rules every stored inspection meets (app/domain/record-rules.ts), checked against every other inspection. */
async function checkInspection(tx: Tx, inspection: StoredInspection): Promise<void> {
  const others = (await tx.inspections.all()).filter((other) => other.id !== inspection.id)
  const found = inspectionProblems(inspection, recordsFrom({ inspections: [...others, inspection] }))
  if (found.length > 0) throw problems.validation(found)
}

const quoted = (titles: string[]) => titles.map((title) => `“${title}”`).join(', ')

/**
 * A change may not leave a milestone answering a recommendation its plan no longer answers: one
 * removed, or one of a visit that no longer follows up the plan's inspection. 409, naming them.
 */
async function checkMilestonesStillAnswer(tx: Tx, before: StoredInspection, after: StoredInspection): Promise<void> {
  const ids = new Set(before.recommendations.map((recommendation) => recommendation.id))
  const answering = (await tx.milestones.all()).filter((milestone) => milestone.recommendationIds.some((id) => ids.has(id)))
  if (answering.length === 0) return
  const inspections = (await tx.inspections.all()).map((each) => (each.id === after.id ? after : each))
  const plans = new Map((await tx.plans.getMany([...new Set(answering.map((milestone) => milestone.planId))])).flatMap((plan) => (plan ? [[plan.id, plan] as const] : [])))
  const kept = new Set(after.recommendations.map((recommendation) => recommendation.id))
  for (const recommendation of before.recommendations) {
    const stranded = answering.filter((milestone) => {
      if (!milestone.recommendationIds.includes(recommendation.id)) return false
      if (!kept.has(recommendation.id)) return true
      return !inspectionsAnsweredBy(plans.get(milestone.planId)?.inspectionId ?? null, inspections).includes(after.id)
    })
    if (stranded.length === 0) continue
    const titles = quoted(stranded.map((milestone) => milestone.title))
    throw problems.conflict(
      kept.has(recommendation.id)
        ? `Recommendation ${recommendation.number} is answered by ${titles}, in a plan that would no longer answer this visit. Unlink it from ${stranded.length === 1 ? 'that milestone' : 'those milestones'} first.`
        : `Recommendation ${recommendation.number} is answered by ${titles}. Unlink it from ${stranded.length === 1 ? 'that milestone' : 'those milestones'} before removing it.`,
    )
  }
}

export const inspectionHandlers = [
  http.get(route('/inspections'), () =>
    answer(() =>
      read(async (tx) => {
        const inspections = await tx.inspections.all()
        return json(inspections.map(withFollows).sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id)))
      }),
    ),
  ),

  http.get(route('/inspections/:id'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const inspection = await tx.inspections.get(String(params.id))
        if (!inspection) throw problems.notFound('inspection')
        return json(withFollows(inspection), { version: inspection.version })
      }),
    ),
  ),

  http.post(route('/inspections'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createInspectionInputSchema)
      return write(async (tx) => {
        enforce(mayRecordInspections(await actingPerson(tx, request)))
        const inspection: StoredInspection = { id: newId('inspection'), ...input, version: 1 }
        await checkInspection(tx, inspection)
        await tx.inspections.add(inspection)
        return json(inspection, { status: 201, version: 1, headers: { Location: `/api/inspections/${inspection.id}` } })
      })
    }),
  ),

  http.patch(route('/inspections/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updateInspectionInputSchema)
      return write(async (tx) => {
        const stored = await tx.inspections.get(String(params.id))
        if (!stored) throw problems.notFound('inspection')
        const inspection = withFollows(stored)
        const plans = await tx.plans.all()
        const boards = await tx.boards.getMany([...new Set(plansAnswering(inspection, plans).map((plan) => plan.boardId))])
        enforce(mayChangeInspection(await actingPerson(tx, request), boards.filter((board) => board !== undefined)))
        checkIfMatch(request, inspection, inspection)
        const next = parseWith(mergedInspectionSchema, { ...inspection, ...definedOnly(input), version: inspection.version + 1 })
        await checkInspection(tx, next)
        if (next.kind !== 'full-inspection') {
          const followers = (await tx.inspections.all()).filter((other) => other.followsInspectionId === inspection.id).length
          if (followers > 0) throw problems.conflict('Visits follow this inspection up, so it stays a full inspection. Change those visits first.')
        }
        await checkMilestonesStillAnswer(tx, inspection, next)
        await tx.inspections.put(next)
        return json(next, { version: next.version })
      })
    }),
  ),
]
