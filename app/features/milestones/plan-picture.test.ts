import { describe, expect, it } from 'vitest'
import type { Milestone } from '@/contract/milestones'
import { aMilestone } from '@/testing/builders'
import { planPicture } from './plan-picture'

/** On track, due 1 June 2027 (well after `today`), in theme t1. */
const milestone = (id: string, overrides: Partial<Milestone> = {}): Milestone =>
  aMilestone({ id, title: `Milestone ${id}`, themeId: 't1', dueDate: '2027-06-01', rag: 'green', ...overrides })

const today = '2026-11-23'
const themes = [
  { id: 't1', title: 'Care leavers' },
  { id: 't2', title: 'Children in need' },
  { id: 't3', title: 'Workforce' },
]

describe('a plan’s picture for a member', () => {
  it('counts each theme’s open milestones by status, in the plan’s order of themes, leaving closed ones out', () => {
    const picture = planPicture(
      themes,
      [
        milestone('a', { rag: 'red' }),
        milestone('b', { rag: 'red' }),
        milestone('c', { rag: 'amber', themeId: 't2' }),
        milestone('d', { rag: 'blue', signOff: 'awaiting', themeId: 't2' }),
        milestone('e', { rag: 'red', themeId: 't2', closedOn: '2026-10-01', closedReason: 'Merged' }),
      ],
      today,
    )
    expect(picture.themes.map(({ theme, counts }) => [theme.title, counts.red, counts.amber, counts['awaiting-sign-off'], counts.total - counts.closed])).toEqual([
      ['Care leavers', 2, 0, 0, 2],
      ['Children in need', 0, 1, 1, 2],
      ['Workforce', 0, 0, 0, 0],
    ])
  })

  it('lists what is late longest overdue first, and what slipped (and is not late) most urgent first, each once', () => {
    const picture = planPicture(
      themes,
      [
        milestone('late-recent', { overdue: true, dueDate: '2026-11-20', slipped: true, slippedDays: 30 }),
        milestone('late-long', { overdue: true, dueDate: '2026-09-01' }),
        milestone('slipped-later', { slipped: true, slippedDays: 40, dueDate: '2027-03-01' }),
        milestone('slipped-red', { slipped: true, slippedDays: 10, rag: 'red', dueDate: '2027-05-01' }),
        milestone('slipped-soon', { slipped: true, slippedDays: 5, dueDate: '2026-12-01' }),
        milestone('slipped-but-complete', { slipped: true, slippedDays: 5, rag: 'blue', signOff: 'signed-off', completedOn: '2026-11-01' }),
        milestone('late-but-closed', { overdue: true, slipped: true, closedOn: '2026-11-01', closedReason: 'No longer needed' }),
        milestone('on-course'),
      ],
      today,
    )
    expect(picture.late.map((item) => item.id)).toEqual(['late-long', 'late-recent'])
    expect(picture.slipped.map((item) => item.id)).toEqual(['slipped-red', 'slipped-soon', 'slipped-later'])
  })
})
