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
import { read, write, type Tx } from '../db/store'
import { loadRecords } from '../db/records'
import { toMeasure } from '../rules/derive'
import { problemTypes } from '@/contract/problem'
import { ProblemError, actingPerson, answer, checkIfMatch, enforce, json, newId, nowInstant, problems, readBody, readQuery } from './http'
import { route } from './paths'

/** Measures as the API answers them, each with its latest actual and status (inside a transaction that includes measureActuals). */
async function withLatest(tx: Tx, measures: StoredMeasure[]): Promise<Measure[]> {
  const actuals = await tx.measureActuals.where('measureId', measures.map((measure) => measure.id))
  return measures.map((measure) => toMeasure(measure, actuals.filter((actual) => actual.measureId === measure.id)))
}

async function withLatestOne(tx: Tx, measure: StoredMeasure): Promise<Measure> {
  const [derived] = await withLatest(tx, [measure])
  return derived!
}

async function findMeasure(tx: Tx, id: string): Promise<StoredMeasure> {
  const measure = await tx.measures.get(id)
  if (!measure) throw problems.notFound('performance measure')
  return measure
}

/** The plan's board, for the permission rules. */
async function boardOf(tx: Tx, planId: string) {
  const plan = await tx.plans.get(planId)
  if (!plan) throw problems.validation([{ path: 'planId', message: 'Select the plan' }])
  return tx.boards.get(plan.boardId)
}

/**
 * The rules every stored measure meets (app/domain/record-rules.ts), and one only a change must:
 * a newly chosen owner is still active (a deactivated owner may stay, named in the history, until changed).
 */
async function checkMeasure(tx: Tx, measure: StoredMeasure, ownerChosenNow: boolean): Promise<void> {
  const records = await loadRecords(tx, { plans: [measure.planId], people: [measure.ownerId], milestones: measure.milestoneIds })
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

async function findActual(tx: Tx, measureId: string, month: string): Promise<StoredMeasureActual | undefined> {
  return (await tx.measureActuals.where('measureId', measureId)).find((actual) => actual.month === month)
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index])

export const measureHandlers = [
  http.get(route('/measures'), ({ request }) =>
    answer(() =>
      read(async (tx) => {
        const query = readQuery(request, measuresQuerySchema)
        const measures = query.planId ? await tx.measures.where('planId', query.planId) : await tx.measures.all()
        measures.sort((a, b) => a.planId.localeCompare(b.planId) || a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id))
        return json(await withLatest(tx, measures))
      }),
    ),
  ),

  http.get(route('/measures/:id'), ({ params }) =>
    answer(async () =>
      read(async (tx) => {
        const measure = await findMeasure(tx, String(params.id))
        return json(await withLatestOne(tx, measure), { version: measure.version })
      }),
    ),
  ),

  http.post(route('/measures'), ({ request }) =>
    answer(async () => {
      const input = await readBody(request, createMeasureInputSchema)
      return write(async (tx) => {
        const board = await boardOf(tx, input.planId)
        enforce(mayManageMeasures(await actingPerson(tx, request), board))
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
        await checkMeasure(tx, measure, true)
        await tx.measures.add(measure)
        return json(toMeasure(measure, []), { status: 201, version: 1, headers: { Location: `/api/measures/${measure.id}` } })
      })
    }),
  ),

  http.patch(route('/measures/:id'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, updateMeasureInputSchema)
      return write(async (tx) => {
        const measure = await findMeasure(tx, String(params.id))
        enforce(mayManageMeasures(await actingPerson(tx, request), await boardOf(tx, measure.planId)))
        checkIfMatch(request, measure, await withLatestOne(tx, measure))
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
        await checkMeasure(tx, next, next.ownerId !== measure.ownerId)
        const changed = (Object.keys(next) as Array<keyof StoredMeasure>).some((key) =>
          key === 'version' ? false : key === 'milestoneIds' ? !sameList(next.milestoneIds, measure.milestoneIds) : next[key] !== measure[key],
        )
        if (!changed) return json(await withLatestOne(tx, measure), { version: measure.version })
        await tx.measures.put(next)
        return json(await withLatestOne(tx, next), { version: next.version })
      })
    }),
  ),

  http.get(route('/measures/:id/actuals'), ({ params }) =>
    answer(async () =>
      read(async (tx) => {
        const measure = await findMeasure(tx, String(params.id))
        return json(actualsOldestFirst(await tx.measureActuals.where('measureId', measure.id)))
      }),
    ),
  ),

  http.post(route('/measures/:id/actuals'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, recordActualInputSchema)
      refuseFutureMonth(input.month)
      return write(async (tx) => {
        const measure = await findMeasure(tx, String(params.id))
        const person = await actingPerson(tx, request)
        enforce(mayRecordActuals(person, measure, await boardOf(tx, measure.planId)))
        if (await findActual(tx, measure.id, input.month)) {
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
        await tx.measureActuals.add(actual)
        return json(actual, { status: 201, version: 1, headers: { Location: `/api/measures/${measure.id}/actuals/${actual.month}` } })
      })
    }),
  ),

  http.patch(route('/measures/:id/actuals/:month'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, correctActualInputSchema)
      return write(async (tx) => {
        const measure = await findMeasure(tx, String(params.id))
        const month = isoMonthSchema.safeParse(String(params.month))
        const actual = month.success ? await findActual(tx, measure.id, month.data) : undefined
        if (!actual) {
          const which = month.success ? monthInWords(month.data) : 'that month'
          throw new ProblemError({ type: problemTypes.notFound, title: 'Not found', status: 404, detail: `No actual is recorded for ${which} on this measure. Record it instead.` })
        }
        const person = await actingPerson(tx, request)
        enforce(mayRecordActuals(person, measure, await boardOf(tx, measure.planId)))
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
        await tx.measureActuals.put(next)
        return json(next, { version: next.version })
      })
    }),
  ),
]

/** A deleted milestone is evidenced by no measure any more (inside a transaction that includes measures). */
export async function forgetMilestoneInMeasures(tx: Tx, milestoneId: string): Promise<void> {
  const evidencing = (await tx.measures.all()).filter((measure) => measure.milestoneIds.includes(milestoneId))
  await tx.measures.putMany(
    evidencing.map((measure) => ({ ...measure, milestoneIds: measure.milestoneIds.filter((id) => id !== milestoneId), version: measure.version + 1 })),
  )
}

/** A theme a measure evidences cannot leave its plan (409): the measure would name a theme that is gone. */
export async function refuseRemovingMeasuredThemes(tx: Tx, planId: string, keptThemeIds: Set<string>): Promise<void> {
  const measures = await tx.measures.where('planId', planId)
  const orphaned = measures.find((measure) => measure.themeId !== null && !keptThemeIds.has(measure.themeId))
  if (orphaned) {
    throw problems.conflict(`A theme that performance measures evidence cannot be removed: “${orphaned.name}” evidences it. Change those measures first.`)
  }
}
