import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Milestone, MilestoneUpdate } from '@/contract/milestones'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { milestoneKeys } from '@/lib/query-keys'

export function getMilestone(id: string, signal?: AbortSignal): Promise<Milestone> {
  return apiRequest<Milestone>(apiPaths.milestone(id), { signal })
}

export function milestoneQueryOptions(id: string) {
  return queryOptions({ queryKey: milestoneKeys.detail(id), queryFn: ({ signal }) => getMilestone(id, signal) })
}

export function useMilestone(id: string) {
  return useSuspenseQuery(milestoneQueryOptions(id))
}

export function getMilestoneUpdates(id: string, signal?: AbortSignal): Promise<MilestoneUpdate[]> {
  return apiRequest<MilestoneUpdate[]>(apiPaths.milestoneUpdates(id), { signal })
}

export function milestoneUpdatesQueryOptions(id: string) {
  return queryOptions({ queryKey: milestoneKeys.updates(id), queryFn: ({ signal }) => getMilestoneUpdates(id, signal) })
}

export function useMilestoneUpdates(id: string) {
  return useSuspenseQuery(milestoneUpdatesQueryOptions(id))
}
