import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { DateChange, DateChangesQuery } from '@/contract/date-changes'
import { apiPaths, withQuery } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { dateChangeKeys, milestoneKeys } from '@/lib/query-keys'

export function getMilestoneDateChanges(id: string, signal?: AbortSignal): Promise<DateChange[]> {
  return apiRequest<DateChange[]>(apiPaths.milestoneDateChanges(id), { signal })
}

/** A milestone's date changes, newest first. */
export function milestoneDateChangesQueryOptions(id: string) {
  return queryOptions({ queryKey: milestoneKeys.dateChanges(id), queryFn: ({ signal }) => getMilestoneDateChanges(id, signal) })
}

export function getDateChanges(filters: DateChangesQuery, signal?: AbortSignal): Promise<DateChange[]> {
  return apiRequest<DateChange[]>(withQuery(apiPaths.dateChanges, { ...filters }), { signal })
}

/** Date changes across milestones: a plan's, or those awaiting the chair. */
export function dateChangesQueryOptions(filters: DateChangesQuery) {
  return queryOptions({ queryKey: dateChangeKeys.list(filters), queryFn: ({ signal }) => getDateChanges(filters, signal) })
}

export function useDateChanges(filters: DateChangesQuery) {
  return useSuspenseQuery(dateChangesQueryOptions(filters))
}
