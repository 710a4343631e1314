import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreatePlanImportInput, PlanImportResult } from '@/contract/imports'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { boardKeys, milestoneKeys, peopleKeys, planImportKeys, planKeys } from '@/lib/query-keys'

export function createPlanImport({ planId, input }: { planId: string; input: CreatePlanImportInput }): Promise<PlanImportResult> {
  return apiRequest<PlanImportResult>(apiPaths.planImports(planId), { method: 'POST', body: input })
}

/** An import touches the plan's themes, its milestones, people and the board's officers: all are refreshed. */
export function useCreatePlanImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createPlanImport,
    onSuccess: () =>
      Promise.all(
        [planImportKeys.all, planKeys.all, milestoneKeys.all, peopleKeys.all, boardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  })
}
