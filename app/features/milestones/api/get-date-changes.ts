import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { dateChangeSchema, type DateChange, type DateChangesQuery } from '@/contract/date-changes'
import { apiPaths, withQuery } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { dateChangeKeys, milestoneKeys } from '@/lib/query-keys'

export function getMilestoneDateChanges(id: string, signal?: AbortSignal): Promise<DateChange[]> {
  return apiRequest(apiPaths.milestoneDateChanges(id), { schema: z.array(dateChangeSchema), signal })
}

/** A milestone's date changes, newest first. */
export function milestoneDateChangesQueryOptions(id: string) {
  return queryOptions({ queryKey: milestoneKeys.dateChanges(id), queryFn: ({ signal }) => getMilestoneDateChanges(id, signal) })
}

export function getDateChanges(filters: DateChangesQuery, signal?: AbortSignal): Promise<DateChange[]> {
  return apiRequest(withQuery(apiPaths.dateChanges, { ...filters }), { schema: z.array(dateChangeSchema), signal })
}

/** Date changes across milestones: a plan's, or those awaiting the chair. */
export function dateChangesQueryOptions(filters: DateChangesQuery) {
  return queryOptions({ queryKey: dateChangeKeys.list(filters), queryFn: ({ signal }) => getDateChanges(filters, signal) })
}

export function useDateChanges(filters: DateChangesQuery) {
  return useSuspenseQuery(dateChangesQueryOptions(filters))
}
