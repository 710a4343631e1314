import { http } from 'msw'
import { checkInspectionAgainstFramework, createInspectionInputSchema, updateInspectionInputSchema } from '@/contract/inspections'
import type { StoredInspection } from '@/contract/stored'
import { mayChangeInspection, mayRecordInspections } from '@/domain/permissions'
import { db } from '../db/database'
import { actingPerson, answer, checkIfMatch, definedOnly, json, newId, parseWith, problems, readBody, enforce } from './http'
import { route } from './paths'
import { z } from 'zod'

/** The merged record must still fit its framework (a PATCH may change the framework or the judgements). */
const mergedInspectionSchema = z.custom<StoredInspection>().superRefine((value, ctx) => checkInspectionAgainstFramework(value, ctx))

export const inspectionHandlers = [
  http.get(route('/inspections'), () =>
    answer(async () => {
      const inspections = await db.inspections.toArray()
      return json(inspections.sort((a, b) => b.startDate.localeCompare(a.startDate)))
    }),
  ),

  http.get(route('/inspections/:id'), ({ params }) =>
    answer(async () => {
      const inspection = await db.inspections.get(String(params.id))
      if (!inspection) throw problems.notFound('inspection')
      return json(inspection, { version: inspection.version })
    }),
  ),

  http.post(route('/inspections'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createInspectionInputSchema)
      return db.transaction('rw', db.people, db.inspections, async () => {
        enforce(mayRecordInspections(await actingPerson(request)))
        const inspection: StoredInspection = { id: newId('inspection'), ...input, version: 1 }
        await db.inspections.add(inspection)
        return json(inspection, { status: 201, version: 1, headers: { Location: `/api/inspections/${inspection.id}` } })
      })
    }),
  ),

  http.patch(route('/inspections/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updateInspectionInputSchema)
      return db.transaction('rw', [db.people, db.inspections, db.milestones, db.plans, db.boards], async () => {
        const inspection = await db.inspections.get(String(params.id))
        if (!inspection) throw problems.notFound('inspection')
        const answering = await db.plans.filter((plan) => plan.inspectionId === inspection.id).toArray()
        const boards = (await db.boards.bulkGet([...new Set(answering.map((plan) => plan.boardId))])).filter((board) => board !== undefined)
        enforce(mayChangeInspection(await actingPerson(request), boards))
        checkIfMatch(request, inspection, inspection)
        const next = parseWith(mergedInspectionSchema, { ...inspection, ...definedOnly(input), version: inspection.version + 1 })
        if (input.recommendations) {
          // A recommendation a milestone answers may not silently disappear.
          const kept = new Set(next.recommendations.map((recommendation) => recommendation.id))
          const removed = inspection.recommendations.filter((recommendation) => !kept.has(recommendation.id)).map((r) => r.id)
          if (removed.length > 0) {
            const answering = await db.milestones.filter((milestone) => milestone.recommendationIds.some((id) => removed.includes(id))).count()
            if (answering > 0) throw problems.conflict('Milestones answer a recommendation this change removes. Change those milestones first.')
          }
        }
        await db.inspections.put(next)
        return json(next, { version: next.version })
      })
    }),
  ),
]
