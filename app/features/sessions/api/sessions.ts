import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { apiPaths } from '@/contract/paths'
import { sessionSummarySchema } from '@/contract/sessions'
import { apiRequest } from '@/lib/api-client'
import { sessionKeys } from '@/lib/query-keys'

export function sessionsQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.list(),
    queryFn: ({ signal }) => apiRequest(apiPaths.sessions, { schema: z.array(sessionSummarySchema), signal }),
  })
}

export function useEndSession() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => apiRequest(apiPaths.sessionById(id), { method: 'DELETE', schema: z.undefined() }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  })
}
