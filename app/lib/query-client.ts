import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { useAppStatusStore } from '@/stores/app-status-store'
import { ApiError, LocalApiUnavailableError } from './api-error'
import { connectTabs } from './cross-tab'

function noticeLocalApi(error: unknown) {
  if (error instanceof LocalApiUnavailableError) useAppStatusStore.getState().setLocalApiUnavailable(true)
}

export function createQueryClient({ shareAcrossTabs = false } = {}): QueryClient {
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: noticeLocalApi }),
    mutationCache: new MutationCache({ onError: noticeLocalApi }),
    defaultOptions: {
      // The "server" runs in the page: being offline must never pause a save.
      queries: {
        networkMode: 'always',
        staleTime: 10_000,
        retry: (failureCount, error) => !(error instanceof ApiError) && !(error instanceof LocalApiUnavailableError) && failureCount < 1,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  })
  // Other tabs' writes arrive as the API's announcements.
  if (shareAcrossTabs) connectTabs(queryClient)
  return queryClient
}

export const queryClient = createQueryClient({ shareAcrossTabs: typeof window !== 'undefined' && !import.meta.env.VITEST })
