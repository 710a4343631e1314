import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { MilestoneUpdate } from '@/contract/milestones'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { milestoneKeys } from '@/lib/query-keys'

export function getPlanUpdates(planId: string, signal?: AbortSignal): Promise<MilestoneUpdate[]> {
  return apiRequest<MilestoneUpdate[]>(apiPaths.planUpdates(planId), { signal })
}

export function planUpdatesQueryOptions(planId: string) {
  return queryOptions({ queryKey: milestoneKeys.planUpdates(planId), queryFn: ({ signal }) => getPlanUpdates(planId, signal) })
}

export function usePlanUpdates(planId: string) {
  return useSuspenseQuery(planUpdatesQueryOptions(planId))
}
