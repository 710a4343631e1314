import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Action, ActionsQuery } from '@/contract/actions'
import { apiPaths, withQuery } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { actionKeys } from '@/lib/query-keys'

/** Actions agreed at meetings: open ones first, most urgent first, then done ones, most recently done first. */
export function getActions(filters: ActionsQuery, signal?: AbortSignal): Promise<Action[]> {
  return apiRequest<Action[]>(withQuery(apiPaths.actions, filters), { signal })
}

export function actionsQueryOptions(filters: ActionsQuery = {}) {
  return queryOptions({ queryKey: actionKeys.list(filters), queryFn: ({ signal }) => getActions(filters, signal) })
}

export function useActions(filters: ActionsQuery = {}) {
  return useSuspenseQuery(actionsQueryOptions(filters))
}
