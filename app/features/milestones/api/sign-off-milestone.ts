import { useMutation } from '@tanstack/react-query'
import type { MilestoneUpdateResult, SignOffInput } from '@/contract/milestones'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { useSettleMilestone, type OnMilestone } from './settle-milestone'

/** The board chair signs a completion off, or sends it back with the reason. */
export function signOffMilestone({ milestoneId, version, input }: OnMilestone<SignOffInput>): Promise<MilestoneUpdateResult> {
  return apiRequest<MilestoneUpdateResult>(apiPaths.milestoneSignOff(milestoneId), { method: 'POST', body: input, ifMatch: version })
}

export function useSignOffMilestone() {
  const settle = useSettleMilestone()
  return useMutation({ mutationFn: signOffMilestone, onSettled: (_result, _error, variables) => settle(variables.milestoneId) })
}
