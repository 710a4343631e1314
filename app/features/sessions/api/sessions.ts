import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { sessionKeys } from '@/lib/query-keys'
import type { SessionSummary } from '@/contract/sessions'

export function sessionsQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.list(),
    queryFn: ({ signal }) => apiRequest<SessionSummary[]>(apiPaths.sessions, { signal }),
  })
}

export function useEndSession() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => apiRequest<undefined>(apiPaths.sessionById(id), { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  })
}
