import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import type { Council, SetUpInput, SetUpResult, UpdateCouncilInput } from '@/contract/council'
import { apiPaths } from '@/contract/paths'
import { apiRequest, isApiError } from '@/lib/api-client'
import { councilKeys } from '@/lib/query-keys'
import { appMode } from '@/lib/app-mode'
import { startSession } from '@/lib/session'
import { useActingAsStore } from '@/stores/acting-as-store'

/** The council, or null before it is set up (the API answers 404 then). */
export async function getCouncil(signal?: AbortSignal): Promise<Council | null> {
  try {
    return await apiRequest<Council>(apiPaths.council, { signal })
  } catch (error) {
    if (isApiError(error, 404)) return null
    throw error
  }
}

export function councilQueryOptions() {
  return queryOptions({ queryKey: councilKeys.detail(), queryFn: ({ signal }) => getCouncil(signal), staleTime: 60_000 })
}

export function useCouncil() {
  return useSuspenseQuery(councilQueryOptions())
}

/** The first run: starts the council empty or with the demo, then acts as the person it names. */
export function useSetUp() {
  const queryClient = useQueryClient()
  const setPersonId = useActingAsStore((state) => state.setPersonId)
  return useMutation({
    mutationFn: (input: SetUpInput): Promise<SetUpResult> => apiRequest<SetUpResult>(apiPaths.setup, { method: 'POST', body: input }),
    onSuccess: async (result) => {
      // Signed in, the server has made the person who set up its administrator: ask it who that is.
      if (appMode() === 'server-sign-in') await startSession()
      else setPersonId(result.actAs?.id ?? null)
      // Everything the app knew described no council at all.
      await queryClient.resetQueries()
      queryClient.setQueryData(councilKeys.detail(), result.council)
    },
  })
}

export function useRenameCouncil(council: Council) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: UpdateCouncilInput): Promise<Council> =>
      apiRequest<Council>(apiPaths.council, { method: 'PATCH', body: input, ifMatch: council.version }),
    onSuccess: (next) => queryClient.setQueryData(councilKeys.detail(), next),
  })
}
