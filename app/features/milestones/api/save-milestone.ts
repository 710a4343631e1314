import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import {
  milestoneSchema,
  type CreateMilestoneInput,
  type Milestone,
  type UpdateMilestoneInput,
} from '@/contract/milestones'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { milestoneKeys } from '@/lib/query-keys'

export function createMilestone(input: CreateMilestoneInput): Promise<Milestone> {
  return apiRequest(apiPaths.milestones, { method: 'POST', body: input, schema: milestoneSchema })
}

export function updateMilestone({ id, version, input }: { id: string; version: number; input: UpdateMilestoneInput }): Promise<Milestone> {
  return apiRequest(apiPaths.milestone(id), { method: 'PATCH', body: input, ifMatch: version, schema: milestoneSchema })
}

export function deleteMilestone({ id, version }: { id: string; version: number }): Promise<void> {
  return apiRequest(apiPaths.milestone(id), { method: 'DELETE', ifMatch: version, schema: z.undefined() })
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
