import { useMutation } from '@tanstack/react-query'
import type { CloseMilestoneInput, Milestone } from '@/contract/milestones'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { useSettleMilestone, type OnMilestone } from './settle-milestone'

/** The board chair closes a milestone that has a history, with the reason. */
export function closeMilestone({ milestoneId, version, input }: OnMilestone<CloseMilestoneInput>): Promise<Milestone> {
  return apiRequest<Milestone>(apiPaths.milestoneClose(milestoneId), { method: 'POST', body: input, ifMatch: version })
}

export function useCloseMilestone() {
  const settle = useSettleMilestone()
  return useMutation({ mutationFn: closeMilestone, onSettled: (_result, _error, variables) => settle(variables.milestoneId) })
}
