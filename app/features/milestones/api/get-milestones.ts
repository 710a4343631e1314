import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { milestoneSchema, type Milestone, type MilestonesQuery } from '@/contract/milestones'
import { apiPaths, withQuery } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { milestoneKeys } from '@/lib/query-keys'

export function getMilestones(filters: MilestonesQuery, signal?: AbortSignal): Promise<Milestone[]> {
  return apiRequest(withQuery(apiPaths.milestones, filters), { schema: z.array(milestoneSchema), signal })
}

export function milestonesQueryOptions(filters: MilestonesQuery = {}) {
  return queryOptions({ queryKey: milestoneKeys.list(filters), queryFn: ({ signal }) => getMilestones(filters, signal) })
}

export function useMilestones(filters: MilestonesQuery = {}) {
  return useSuspenseQuery(milestonesQueryOptions(filters))
}
