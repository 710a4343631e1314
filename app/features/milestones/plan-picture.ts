import type { Milestone } from '@/contract/milestones'
import type { Theme } from '@/contract/plans'
import type { CountedStatus } from '@/domain/milestone-status'
import { byUrgency, countStatuses, type StatusCounts } from './rules'

/** The order a member reads a theme's counts in: off track first, complete last. */
export const pictureStatusOrder: readonly CountedStatus[] = ['red', 'amber', 'not-started', 'green', 'awaiting-sign-off', 'blue']

export interface PlanPicture {
  /** Per theme, in the plan's order, how many of its open milestones have each status. */
  themes: Array<{ theme: Theme; counts: StatusCounts }>
  /** Open, past the due date and not complete: most urgent first. */
  late: Milestone[]
  /** Open, due date moved past the baseline agreed with the plan, and not (yet) late: most urgent first. */
  slipped: Milestone[]
}

/**
 * A plan's picture for a member before a meeting: status by theme, what slipped and what is late.
 * A late milestone is listed once, under late, whether or not it also slipped; closed ones are no
 * longer delivered and are left out.
 */
export function planPicture(themes: Theme[], milestones: Milestone[], today: string): PlanPicture {
  const open = milestones.filter((milestone) => !milestone.closedOn)
  return {
    themes: themes.map((theme) => ({ theme, counts: countStatuses(open.filter((milestone) => milestone.themeId === theme.id)) })),
    late: byUrgency(
      open.filter((milestone) => milestone.overdue),
      today,
    ),
    slipped: byUrgency(
      open.filter((milestone) => milestone.slipped && !milestone.overdue && milestone.rag !== 'blue'),
      today,
    ),
  }
}
