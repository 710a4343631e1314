import { useMutation } from '@tanstack/react-query'
import type { DateChangeResult, DecideDateChangeInput } from '@/contract/date-changes'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { useSettleMilestone, type OnMilestone } from './settle-milestone'

/** The board chair agrees or refuses a proposed new date. */
export function decideDateChange({ milestoneId, version, input, changeId }: OnMilestone<DecideDateChangeInput> & { changeId: string }): Promise<DateChangeResult> {
  return apiRequest<DateChangeResult>(apiPaths.dateChangeDecision(milestoneId, changeId), { method: 'POST', body: input, ifMatch: version })
}

export function useDecideDateChange() {
  const settle = useSettleMilestone()
  return useMutation({ mutationFn: decideDateChange, onSettled: (_result, _error, variables) => settle(variables.milestoneId) })
}
