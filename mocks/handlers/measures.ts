import { http } from 'msw'
import {
  correctActualInputSchema,
  createMeasureInputSchema,
  measuresQuerySchema,
  recordActualInputSchema,
  updateMeasureInputSchema,
  type Measure,
} from '@/contract/measures'
import { isoMonthSchema } from '@/contract/common'
import type { StoredMeasure, StoredMeasureActual } from '@/contract/stored'
import { actualsOldestFirst, futureMonthProblem, monthInWords } from '@/domain/measure-status'
import { mayManageMeasures, mayRecordActuals } from '@/domain/permissions'
import { measureProblems } from '@/domain/record-rules'
import { todayIso } from '@/domain/today'
import { db } from '../db/database'
import { loadRecords } from '../db/records'
import { toMeasure } from '../rules/derive'
import { problemTypes } from '@/contract/problem'
import { ProblemError, actingPerson, answer, checkIfMatch, enforce, json, newId, nowInstant, problems, readBody, readQuery } from './http'
import { route } from './paths'

/** Measures as the API answers them, each with its latest actual and status (inside a transaction that includes measureActuals). */
async function withLatest(measures: StoredMeasure[]): Promise<Measure[]> {
  const actuals = await db.measureActuals.where('measureId').anyOf(measures.map((measure) => measure.id)).toArray()
  return measures.map((measure) => toMeasure(measure, actuals.filter((actual) => actual.measureId === measure.id)))
}

async function withLatestOne(measure: StoredMeasure): Promise<Measure> {
  const [derived] = await withLatest([measure])
  return derived!
}

async function findMeasure(id: string): Promise<StoredMeasure> {
  const measure = await db.measures.get(id)
  if (!measure) throw problems.notFound('performance measure')
  return measure
}

/** The plan's board, for the permission rules. */
async function boardOf(planId: string) {
  const plan = await db.plans.get(planId)
  if (!plan) throw problems.validation([{ path: 'planId', message: 'Select the plan' }])
  return db.boards.get(plan.boardId)
}

/**
 * The rules every stored measure meets (app/domain/record-rules.ts), and one only a change must:
 * a newly chosen owner is still active (a deactivated owner may stay, named in the history, until changed).
 */
async function checkMeasure(measure: StoredMeasure, ownerChosenNow: boolean): Promise<void> {
  const records = await loadRecords({ plans: [measure.planId], people: [measure.ownerId], milestones: measure.milestoneIds })
  const found = measureProblems(measure, records)
  const owner = records.person(measure.ownerId)
  if (ownerChosenNow && owner && !owner.active && !found.some((problem) => problem.path === 'ownerId')) {
    found.push({ path: 'ownerId', message: `Select an owner who is still active: ${owner.name} has been deactivated` })
  }
  if (found.length > 0) throw problems.validation(found)
}

/** A month the API can hold an actual for: begun already in England (the current month may be recorded as it goes). */
function refuseFutureMonth(month: string): void {
  const problem = futureMonthProblem(month, todayIso())
  if (problem) throw problems.validation([{ path: 'month', message: problem }])
}

async function findActual(measureId: string, month: string): Promise<StoredMeasureActual | undefined> {
  return db.measureActuals.where('[measureId+month]').equals([measureId, month]).first()
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index])

export const measureHandlers = [
  http.get(route('/measures'), ({ request }) =>
    answer(async () => {
      const query = readQuery(request, measuresQuerySchema)
      return db.transaction('r', [db.measures, db.measureActuals], async () => {
        const measures = query.planId ? await db.measures.where('planId').equals(query.planId).toArray() : await db.measures.toArray()
        measures.sort((a, b) => a.planId.localeCompare(b.planId) || a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id))
        return json(await withLatest(measures))
      })
    }),
  ),

  http.get(route('/measures/:id'), ({ params }) =>
    answer(async () =>
      db.transaction('r', [db.measures, db.measureActuals], async () => {
        const measure = await findMeasure(String(params.id))
        return json(await withLatestOne(measure), { version: measure.version })
      }),
    ),
  ),

  http.post(route('/measures'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createMeasureInputSchema)
      return db.transaction('rw', [db.people, db.boards, db.plans, db.milestones, db.measures, db.measureActuals], async () => {
        const board = await boardOf(input.planId)
        enforce(mayManageMeasures(await actingPerson(request), board))
        const measure: StoredMeasure = {
          id: newId('measure'),
          planId: input.planId,
          themeId: input.themeId,
          name: input.name,
          unit: input.unit,
          target: input.target,
          direction: input.direction,
          greenFrom: input.greenFrom,
          amberFrom: input.amberFrom,
          ownerId: input.ownerId,
          milestoneIds: [...new Set(input.milestoneIds)],
          version: 1,
        }
        await checkMeasure(measure, true)
        await db.measures.add(measure)
        return json(toMeasure(measure, []), { status: 201, version: 1, headers: { Location: `/api/measures/${measure.id}` } })
      })
    }),
  ),

  http.patch(route('/measures/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updateMeasureInputSchema)
      return db.transaction('rw', [db.people, db.boards, db.plans, db.milestones, db.measures, db.measureActuals], async () => {
        const measure = await findMeasure(String(params.id))
        enforce(mayManageMeasures(await actingPerson(request), await boardOf(measure.planId)))
        checkIfMatch(request, measure, await withLatestOne(measure))
        const next: StoredMeasure = {
          ...measure,
          themeId: input.themeId === undefined ? measure.themeId : input.themeId,
          name: input.name ?? measure.name,
          unit: input.unit ?? measure.unit,
          target: input.target ?? measure.target,
          direction: input.direction ?? measure.direction,
          greenFrom: input.greenFrom ?? measure.greenFrom,
          amberFrom: input.amberFrom ?? measure.amberFrom,
          ownerId: input.ownerId ?? measure.ownerId,
          milestoneIds: input.milestoneIds ? [...new Set(input.milestoneIds)] : measure.milestoneIds,
          version: measure.version + 1,
        }
        // The record rules check the thresholds whole, so a change of one (or of the direction) is checked against what it leaves.
        await checkMeasure(next, next.ownerId !== measure.ownerId)
        const changed = (Object.keys(next) as Array<keyof StoredMeasure>).some((key) =>
          key === 'version' ? false : key === 'milestoneIds' ? !sameList(next.milestoneIds, measure.milestoneIds) : next[key] !== measure[key],
        )
        if (!changed) return json(await withLatestOne(measure), { version: measure.version })
        await db.measures.put(next)
        return json(await withLatestOne(next), { version: next.version })
      })
    }),
  ),

  http.get(route('/measures/:id/actuals'), ({ params }) =>
    answer(async () =>
      db.transaction('r', [db.measures, db.measureActuals], async () => {
        const measure = await findMeasure(String(params.id))
        return json(actualsOldestFirst(await db.measureActuals.where('measureId').equals(measure.id).toArray()))
      }),
    ),
  ),

  http.post(route('/measures/:id/actuals'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, recordActualInputSchema)
      refuseFutureMonth(input.month)
      return db.transaction('rw', [db.people, db.boards, db.plans, db.measures, db.measureActuals], async () => {
        const measure = await findMeasure(String(params.id))
        const person = await actingPerson(request)
        enforce(mayRecordActuals(person, measure, await boardOf(measure.planId)))
        if (await findActual(measure.id, input.month)) {
          throw problems.conflict(`An actual for ${monthInWords(input.month)} is already recorded. Correct that month instead of recording it again.`)
        }
        const actual: StoredMeasureActual = {
          id: newId('actual'),
          measureId: measure.id,
          month: input.month,
          value: input.value,
          note: input.note ?? '',
          recordedById: person.id,
          recordedAt: nowInstant(),
          corrections: [],
          version: 1,
        }
        await db.measureActuals.add(actual)
        return json(actual, { status: 201, version: 1, headers: { Location: `/api/measures/${measure.id}/actuals/${actual.month}` } })
      })
    }),
  ),

  http.patch(route('/measures/:id/actuals/:month'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, correctActualInputSchema)
      return db.transaction('rw', [db.people, db.boards, db.plans, db.measures, db.measureActuals], async () => {
        const measure = await findMeasure(String(params.id))
        const month = isoMonthSchema.safeParse(String(params.month))
        const actual = month.success ? await findActual(measure.id, month.data) : undefined
        if (!actual) {
          const which = month.success ? monthInWords(month.data) : 'that month'
          throw new ProblemError({ type: problemTypes.notFound, title: 'Not found', status: 404, detail: `No actual is recorded for ${which} on this measure. Record it instead.` })
        }
        const person = await actingPerson(request)
        enforce(mayRecordActuals(person, measure, await boardOf(measure.planId)))
        checkIfMatch(request, actual, actual)
        const note = input.note ?? ''
        if (input.value === actual.value && note === actual.note) return json(actual, { version: actual.version })
        const next: StoredMeasureActual = {
          ...actual,
          value: input.value,
          note,
          // Who first recorded it, and when, stay; each correction keeps what it replaced, by whom and when.
          corrections: [...actual.corrections, { at: nowInstant(), byId: person.id, value: actual.value, note: actual.note }],
          version: actual.version + 1,
        }
        await db.measureActuals.put(next)
        return json(next, { version: next.version })
      })
    }),
  ),
]

/** A deleted milestone is evidenced by no measure any more (inside a transaction that includes measures). */
export async function forgetMilestoneInMeasures(milestoneId: string): Promise<void> {
  await db.measures
    .filter((measure) => measure.milestoneIds.includes(milestoneId))
    .modify((measure) => {
      measure.milestoneIds = measure.milestoneIds.filter((id) => id !== milestoneId)
      measure.version += 1
    })
}

/** A theme a measure evidences cannot leave its plan (409): the measure would name a theme that is gone. */
export async function refuseRemovingMeasuredThemes(planId: string, keptThemeIds: Set<string>): Promise<void> {
  const measures = await db.measures.where('planId').equals(planId).toArray()
  const orphaned = measures.find((measure) => measure.themeId !== null && !keptThemeIds.has(measure.themeId))
  if (orphaned) {
    throw problems.conflict(`A theme that performance measures evidence cannot be removed: “${orphaned.name}” evidences it. Change those measures first.`)
  }
}
