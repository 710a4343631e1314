import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths, withQuery } from '@/contract/paths'
import type { Plan, PlansQuery } from '@/contract/plans'
import { apiRequest } from '@/lib/api-client'
import { planKeys } from '@/lib/query-keys'

export function getPlans(filters: PlansQuery, signal?: AbortSignal): Promise<Plan[]> {
  return apiRequest<Plan[]>(withQuery(apiPaths.plans, filters), { signal })
}

export function plansQueryOptions(filters: PlansQuery = {}) {
  return queryOptions({ queryKey: planKeys.list(filters), queryFn: ({ signal }) => getPlans(filters, signal) })
}

export function usePlans(filters: PlansQuery = {}) {
  return useSuspenseQuery(plansQueryOptions(filters))
}
