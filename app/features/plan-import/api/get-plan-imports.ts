import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { planImportSchema, type PlanImport } from '@/contract/imports'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { planImportKeys } from '@/lib/query-keys'

export function getPlanImports(planId: string, signal?: AbortSignal): Promise<PlanImport[]> {
  return apiRequest(apiPaths.planImports(planId), { schema: z.array(planImportSchema), signal })
}

export function planImportsQueryOptions(planId: string) {
  return queryOptions({ queryKey: planImportKeys.list(planId), queryFn: ({ signal }) => getPlanImports(planId, signal) })
}
