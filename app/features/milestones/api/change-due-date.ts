import { useMutation } from '@tanstack/react-query'
import type { DateChangeResult, ProposeDateChangeInput } from '@/contract/date-changes'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { useSettleMilestone, type OnMilestone } from './settle-milestone'

/** A new due date: proposed to the chair by the owner, agreed at once by the chair, or simply set while the plan is a draft. */
export function changeDueDate({ milestoneId, version, input }: OnMilestone<ProposeDateChangeInput>): Promise<DateChangeResult> {
  return apiRequest<DateChangeResult>(apiPaths.milestoneDateChanges(milestoneId), { method: 'POST', body: input, ifMatch: version })
}

export function useChangeDueDate() {
  const settle = useSettleMilestone()
  return useMutation({ mutationFn: changeDueDate, onSettled: (_result, _error, variables) => settle(variables.milestoneId) })
}
