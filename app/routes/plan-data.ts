import type { Plan } from '@/contract/plans'
import { type PageArgs, definePageData } from '@/lib/page-data'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { measuresQueryOptions } from '@/features/measures/api/get-measures'
import { milestonesQueryOptions } from '@/features/milestones/api/get-milestones'
import { peopleQueryOptions } from '@/features/people/api/get-people'
import { planQueryOptions } from '@/features/plans/api/get-plan'

/** What every page of a plan reads: the plan, its milestones, performance measures and people, then the plan's board. */
export const planQueries = ({ params }: PageArgs) => {
  const planId = params.planId ?? ''
  return { plan: planQueryOptions(planId), milestones: milestonesQueryOptions({ planId }), people: peopleQueryOptions(), measures: measuresQueryOptions({ planId }) }
}

export const planBoardQuery = ({ plan }: { plan: Plan }) => ({ board: boardQueryOptions(plan.boardId) })

/** The plan, its editing and its timeline share one set of data. */
export const planPageData = definePageData(planQueries, planBoardQuery)
