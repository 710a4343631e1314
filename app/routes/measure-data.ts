import { definePageData } from '@/lib/page-data'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { measureActualsQueryOptions, measureQueryOptions } from '@/features/measures/api/get-measure'
import { milestonesQueryOptions } from '@/features/milestones/api/get-milestones'
import { peopleQueryOptions } from '@/features/people/api/get-people'
import { planQueryOptions } from '@/features/plans/api/get-plan'

/** A measure and its actuals, then its plan and the plan's milestones, then the plan's board: the measure page and its editing page. */
export const measurePageData = definePageData(
  ({ params }) => {
    const measureId = params.measureId ?? ''
    return { measure: measureQueryOptions(measureId), actuals: measureActualsQueryOptions(measureId), people: peopleQueryOptions() }
  },
  ({ measure }) => ({ plan: planQueryOptions(measure.planId), milestones: milestonesQueryOptions({ planId: measure.planId }) }),
  ({ plan }) => ({ board: boardQueryOptions(plan.boardId) }),
)
