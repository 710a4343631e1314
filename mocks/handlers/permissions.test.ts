// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mayMoveReport, mayUpdateMilestone } from '@/domain/permissions'
import { stored } from '../testing/stored'
import { call, loadDemoData, TEST_TODAY } from '../testing/api'

/** The UI shows or hides each action from the same rules: here the API is held to them, person by person. */
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

describe('the API answers exactly as the domain’s permission rules say', () => {
  it('for a status update, for every person and a milestone of each owner', async () => {
    const people = await stored.people.toArray()
    const milestones = await stored.milestones.toArray()
    const oneEach = [...new Map(milestones.map((milestone) => [milestone.ownerId, milestone])).values()]
    for (const milestone of oneEach) {
      const board = await stored.boards.get((await stored.plans.get(milestone.planId))!.boardId)
      for (const person of people) {
        const current = (await stored.milestones.get(milestone.id))!
        const response = await call('POST', `/api/milestones/${milestone.id}/updates`, {
          as: person.id,
          ifMatch: current.version,
          body: { rag: 'green', commentary: `Checked by ${person.name}` },
        })
        const expected = mayUpdateMilestone(person, milestone, board).allowed ? 201 : 403
        expect(response.status, `${person.id} updating ${milestone.id}`).toBe(expected)
      }
    }
  })

  it('for a report moving to each status, for every person', async () => {
    const people = await stored.people.toArray()
    const report = (await stored.reports.toArray()).find((candidate) => candidate.status === 'requested')!
    const board = (await stored.boards.get(report.requestedByBoardId))!
    for (const to of ['in-preparation', 'withdrawn'] as const) {
      for (const person of people) {
        const response = await call('POST', `/api/reports/${report.id}/transitions`, { as: person.id, ifMatch: '*', body: { to, reason: 'No longer needed' } })
        const allowed = mayMoveReport(person, report, board, to).allowed
        expect(response.status === 403, `${person.id} moving to ${to}: ${response.status} ${JSON.stringify(response.json)}`).toBe(!allowed)
        if (allowed) await stored.reports.put(report) // put it back for the next person
      }
    }
  })
})

describe('chairs act within their own boards', () => {
  it('only the chair of the board whose plan answers an inspection (or an administrator) may change it', async () => {
    const plan = (await stored.plans.toArray()).find((candidate) => candidate.inspectionId)!
    const board = (await stored.boards.get(plan.boardId))!
    const inspection = (await stored.inspections.get(plan.inspectionId!))!
    const otherChair = (await stored.boards.toArray()).find((candidate) => candidate.chairId !== board.chairId)!.chairId
    const change = (as: string) => call('PATCH', `/api/inspections/${inspection.id}`, { as, ifMatch: '*', body: { publishedDate: inspection.publishedDate } })
    expect((await change(otherChair)).status).toBe(403)
    expect((await change(board.chairId)).status).toBe(200)
    expect((await change('p-admin')).status).toBe(200)
  })
})
