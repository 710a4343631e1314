import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { CreatePlanInput, Plan } from '@/contract/plans'
import { apiRequest } from '@/lib/api-client'
import { planKeys } from '@/lib/query-keys'

export function createPlan(input: CreatePlanInput): Promise<Plan> {
  return apiRequest<Plan>(apiPaths.plans, { method: 'POST', body: input })
}

export function useCreatePlan() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createPlan,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan)
      return queryClient.invalidateQueries({ queryKey: planKeys.lists() })
    },
  })
}
