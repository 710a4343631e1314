import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateMilestoneUpdateInput, MilestoneUpdateResult } from '@/contract/milestones'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { dateChangeKeys, meetingKeys, milestoneKeys } from '@/lib/query-keys'

export interface CreateMilestoneUpdateVariables {
  milestoneId: string
  /** The version the person was looking at when they wrote the update. */
  version: number
  input: CreateMilestoneUpdateInput
}

export function createMilestoneUpdate({ milestoneId, version, input }: CreateMilestoneUpdateVariables): Promise<MilestoneUpdateResult> {
  return apiRequest<MilestoneUpdateResult>(apiPaths.milestoneUpdates(milestoneId), { method: 'POST', body: input, ifMatch: version })
}

export function useCreateMilestoneUpdate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createMilestoneUpdate,
    onSuccess: (result) => {
      queryClient.setQueryData(milestoneKeys.detail(result.milestone.id), result.milestone)
    },
    // Success or not, lists and the history may have moved (a 412 means someone else changed it); a revised date may be a new proposal.
    onSettled: (_result, _error, variables) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: milestoneKeys.detail(variables.milestoneId) }),
        queryClient.invalidateQueries({ queryKey: milestoneKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: dateChangeKeys.all }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.details() }),
      ]),
  })
}
