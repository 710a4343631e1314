import { describe, expect, it } from 'vitest'
import type { Action } from '@/contract/actions'
import type { PackMilestoneStatus, PackReport } from '@/contract/pack'
import { aMilestone, aReport } from '@/testing/builders'
import { summarisePack } from './pack-summary'

const status = (id: string, overrides: Partial<PackMilestoneStatus> = {}): PackMilestoneStatus => ({
  id,
  title: `Milestone ${id}`,
  rag: 'green',
  dueDate: '2026-12-01',
  closedOn: null,
  theme: 'Leadership',
  slipped: false,
  slippedDays: 0,
  overdue: false,
  ...overrides,
})

const report = (late: boolean): PackReport => ({ ...aReport(), deferredFromMeetingId: null, late })
const action = (id: string, overdue: boolean) => ({ id, overdue }) as Action

describe('summarisePack', () => {
  it('counts open milestones by status (complete only once signed off) and by theme (themes in alphabetical order), leaving closed ones out', () => {
    const summary = summarisePack({
      milestoneStatuses: [
        status('a', { rag: 'red', theme: 'Practice' }),
        status('b', { rag: 'red', theme: 'Leadership' }),
        status('c', { rag: 'amber', theme: 'Practice' }),
        status('d', { rag: 'blue', theme: 'Practice' }),
        status('f', { rag: 'blue', theme: 'Leadership', awaitingSignOff: true }),
        status('e', { rag: 'red', theme: 'Practice', closedOn: '2026-10-01' }),
      ],
      reports: [],
      actions: [],
      overdueMilestones: [],
    })
    expect(summary.total).toBe(5)
    // A completion awaiting the chair's sign-off is not counted as complete.
    expect(summary.byStatus).toEqual({ 'not-started': 0, green: 0, amber: 1, red: 2, blue: 1, 'awaiting-sign-off': 1 })
    expect(summary.byTheme).toEqual([
      { theme: 'Leadership', total: 2, counts: { 'not-started': 0, green: 0, amber: 0, red: 1, blue: 0, 'awaiting-sign-off': 1 } },
      { theme: 'Practice', total: 3, counts: { 'not-started': 0, green: 0, amber: 1, red: 1, blue: 1, 'awaiting-sign-off': 0 } },
    ])
  })

  it('lists slipped milestones most slipped first, and picks out late reports, overdue actions and overdue milestones', () => {
    const summary = summarisePack({
      milestoneStatuses: [status('a', { slipped: true, slippedDays: 10 }), status('b', { slipped: true, slippedDays: 90 }), status('c')],
      reports: [report(true), report(false)],
      actions: [action('x', true), action('y', false)],
      overdueMilestones: [aMilestone({ id: 'a' }), aMilestone({ id: 'z', closedOn: '2026-10-01' })],
    })
    expect(summary.slipped?.map((milestone) => milestone.id)).toEqual(['b', 'a'])
    expect(summary.lateReports).toHaveLength(1)
    expect(summary.overdueActions.map((each) => each.id)).toEqual(['x'])
    expect(summary.overdueMilestones).toBe(1)
  })

  it('says a pack published before themes and slippage were kept in it has none to count, rather than counting nothing', () => {
    const old = status('a')
    delete old.theme
    delete old.slipped
    const summary = summarisePack({ milestoneStatuses: [old], reports: [], actions: [], overdueMilestones: [] })
    expect(summary.byTheme).toBeNull()
    expect(summary.slipped).toBeNull()
    expect(summary.byStatus.green).toBe(1)
  })
})
