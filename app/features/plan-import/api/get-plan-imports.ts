import { queryOptions } from '@tanstack/react-query'
import type { PlanImport } from '@/contract/imports'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { planImportKeys } from '@/lib/query-keys'

export function getPlanImports(planId: string, signal?: AbortSignal): Promise<PlanImport[]> {
  return apiRequest<PlanImport[]>(apiPaths.planImports(planId), { signal })
}

export function planImportsQueryOptions(planId: string) {
  return queryOptions({ queryKey: planImportKeys.list(planId), queryFn: ({ signal }) => getPlanImports(planId, signal) })
}
