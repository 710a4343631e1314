import { definePageData } from '@/lib/page-data'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { inspectionsQueryOptions } from '@/features/inspections/api/get-inspections'
import { milestoneDateChangesQueryOptions } from '@/features/milestones/api/get-date-changes'
import { milestoneQueryOptions, milestoneUpdatesQueryOptions } from '@/features/milestones/api/get-milestone'
import { peopleQueryOptions } from '@/features/people/api/get-people'
import { planQueryOptions } from '@/features/plans/api/get-plan'

/** A milestone, its history and date changes, then its plan, then the plan's board: the milestone page and its editing page. */
export const milestonePageData = definePageData(
  ({ params }) => {
    const milestoneId = params.milestoneId ?? ''
    return {
      milestone: milestoneQueryOptions(milestoneId),
      updates: milestoneUpdatesQueryOptions(milestoneId),
      dateChanges: milestoneDateChangesQueryOptions(milestoneId),
      inspections: inspectionsQueryOptions(),
      people: peopleQueryOptions(),
    }
  },
  ({ milestone }) => ({ plan: planQueryOptions(milestone.planId) }),
  ({ plan }) => ({ board: boardQueryOptions(plan.boardId) }),
)
