import { useMutation } from '@tanstack/react-query'
import { milestoneSchema, type CloseMilestoneInput, type Milestone } from '@/contract/milestones'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { useSettleMilestone, type OnMilestone } from './settle-milestone'

/** The board chair closes a milestone that has a history, with the reason. */
export function closeMilestone({ milestoneId, version, input }: OnMilestone<CloseMilestoneInput>): Promise<Milestone> {
  return apiRequest(apiPaths.milestoneClose(milestoneId), { method: 'POST', body: input, ifMatch: version, schema: milestoneSchema })
}

export function useCloseMilestone() {
  const settle = useSettleMilestone()
  return useMutation({ mutationFn: closeMilestone, onSettled: (_result, _error, variables) => settle(variables.milestoneId) })
}
