import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { apiPaths, withQuery } from '@/contract/paths'
import { planSchema, type Plan, type PlansQuery } from '@/contract/plans'
import { apiRequest } from '@/lib/api-client'
import { planKeys } from '@/lib/query-keys'

export function getPlans(filters: PlansQuery, signal?: AbortSignal): Promise<Plan[]> {
  return apiRequest(withQuery(apiPaths.plans, filters), { schema: z.array(planSchema), signal })
}

export function plansQueryOptions(filters: PlansQuery = {}) {
  return queryOptions({ queryKey: planKeys.list(filters), queryFn: ({ signal }) => getPlans(filters, signal) })
}

export function usePlans(filters: PlansQuery = {}) {
  return useSuspenseQuery(plansQueryOptions(filters))
}
