import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { useAppStatusStore } from '@/stores/app-status-store'
import { ApiError, LocalApiUnavailableError } from './api-error'
import { appMode } from './app-mode'
import { connectTabs } from './cross-tab'
import { connectServerEvents } from './server-events'

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
  // Other pages' writes arrive as the API's announcements: from the local API in this browser's
  // other tabs, or from the shared server, whoever saved and wherever.
  if (shareAcrossTabs) {
    if (appMode() === 'local') connectTabs(queryClient)
    else connectServerEvents(queryClient)
  }
  return queryClient
}

export const queryClient = createQueryClient({ shareAcrossTabs: typeof window !== 'undefined' && !import.meta.env.VITEST })
