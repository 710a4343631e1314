import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateMilestoneInput, Milestone, UpdateMilestoneInput } from '@/contract/milestones'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { milestoneKeys } from '@/lib/query-keys'

export function createMilestone(input: CreateMilestoneInput): Promise<Milestone> {
  return apiRequest<Milestone>(apiPaths.milestones, { method: 'POST', body: input })
}

export function updateMilestone({ id, version, input }: { id: string; version: number; input: UpdateMilestoneInput }): Promise<Milestone> {
  return apiRequest<Milestone>(apiPaths.milestone(id), { method: 'PATCH', body: input, ifMatch: version })
}

export function deleteMilestone({ id, version }: { id: string; version: number }): Promise<void> {
  return apiRequest<undefined>(apiPaths.milestone(id), { method: 'DELETE', ifMatch: version })
}

function useInvalidateMilestones() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: milestoneKeys.all })
}

export function useCreateMilestone() {
  const invalidate = useInvalidateMilestones()
  return useMutation({ mutationFn: createMilestone, onSuccess: invalidate })
}

export function useUpdateMilestone() {
  const invalidate = useInvalidateMilestones()
  return useMutation({ mutationFn: updateMilestone, onSuccess: invalidate })
}

export function useDeleteMilestone() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteMilestone,
    onSuccess: (_result, variables) => {
      queryClient.removeQueries({ queryKey: milestoneKeys.detail(variables.id) })
      return queryClient.invalidateQueries({ queryKey: milestoneKeys.lists() })
    },
  })
}
