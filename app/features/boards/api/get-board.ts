import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Board } from '@/contract/boards'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { queryClient } from '@/lib/query-client'
import { boardKeys } from '@/lib/query-keys'

export function getBoard(id: string, signal?: AbortSignal): Promise<Board> {
  return apiRequest<Board>(apiPaths.board(id), { signal })
}

/**
 * One board. Every page loads the list of boards (the root's loader), whose entries are the same
 * boards: where the list already holds this one, it serves, as fresh as the list, and a page that
 * reaches its board through another record (a plan's, a meeting's) makes no second round trip.
 */
export function boardQueryOptions(id: string) {
  return queryOptions({
    queryKey: boardKeys.detail(id),
    queryFn: ({ signal }) => getBoard(id, signal),
    initialData: () => queryClient.getQueryData<Board[]>(boardKeys.list())?.find((board) => board.id === id),
    initialDataUpdatedAt: () => queryClient.getQueryState(boardKeys.list())?.dataUpdatedAt,
  })
}

export function useBoard(id: string) {
  return useSuspenseQuery(boardQueryOptions(id))
}
