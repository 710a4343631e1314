import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Milestone, MilestonesQuery } from '@/contract/milestones'
import { apiPaths, withQuery } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { milestoneKeys } from '@/lib/query-keys'

export function getMilestones(filters: MilestonesQuery, signal?: AbortSignal): Promise<Milestone[]> {
  return apiRequest<Milestone[]>(withQuery(apiPaths.milestones, filters), { signal })
}

export function milestonesQueryOptions(filters: MilestonesQuery = {}) {
  return queryOptions({ queryKey: milestoneKeys.list(filters), queryFn: ({ signal }) => getMilestones(filters, signal) })
}

export function useMilestones(filters: MilestonesQuery = {}) {
  return useSuspenseQuery(milestonesQueryOptions(filters))
}
