import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-error'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The "server" runs in the page: being offline must never pause a save.
      queries: {
        networkMode: 'always',
        staleTime: 10_000,
        retry: (failureCount, error) => !(error instanceof ApiError) && failureCount < 1,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  })
}

export const queryClient = createQueryClient()
