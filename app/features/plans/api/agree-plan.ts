import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { AgreePlanInput, Plan } from '@/contract/plans'
import { apiRequest } from '@/lib/api-client'
import { milestoneKeys, planKeys } from '@/lib/query-keys'

/** The plan becomes Agreed; the API freezes each milestone's due date as its baseline. */
export function agreePlan({ id, version, input }: { id: string; version: number; input: AgreePlanInput }): Promise<Plan> {
  return apiRequest<Plan>(apiPaths.planAgree(id), { method: 'POST', body: input, ifMatch: version })
}

export function useAgreePlan() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: agreePlan,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan)
      // Every milestone of the plan has its baseline now, and a new version.
      return Promise.all([queryClient.invalidateQueries({ queryKey: planKeys.all }), queryClient.invalidateQueries({ queryKey: milestoneKeys.all })])
    },
  })
}
