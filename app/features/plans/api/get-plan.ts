import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { Plan } from '@/contract/plans'
import { apiRequest } from '@/lib/api-client'
import { planKeys } from '@/lib/query-keys'

export function getPlan(id: string, signal?: AbortSignal): Promise<Plan> {
  return apiRequest<Plan>(apiPaths.plan(id), { signal })
}

export function planQueryOptions(id: string) {
  return queryOptions({ queryKey: planKeys.detail(id), queryFn: ({ signal }) => getPlan(id, signal) })
}

export function usePlan(id: string) {
  return useSuspenseQuery(planQueryOptions(id))
}
