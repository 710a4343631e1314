import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { Plan, UpdatePlanInput } from '@/contract/plans'
import { apiRequest } from '@/lib/api-client'
import { planKeys } from '@/lib/query-keys'

export function updatePlan({ id, version, input }: { id: string; version: number; input: UpdatePlanInput }): Promise<Plan> {
  return apiRequest<Plan>(apiPaths.plan(id), { method: 'PATCH', body: input, ifMatch: version })
}

export function useUpdatePlan() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updatePlan,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan)
      return queryClient.invalidateQueries({ queryKey: planKeys.all })
    },
  })
}
