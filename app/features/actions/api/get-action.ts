import { queryOptions } from '@tanstack/react-query'
import type { Action } from '@/contract/actions'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { actionKeys } from '@/lib/query-keys'

export function getAction(id: string, signal?: AbortSignal): Promise<Action> {
  return apiRequest<Action>(apiPaths.action(id), { signal })
}

export function actionQueryOptions(id: string) {
  return queryOptions({ queryKey: actionKeys.detail(id), queryFn: ({ signal }) => getAction(id, signal) })
}
