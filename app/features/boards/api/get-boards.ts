import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Board } from '@/contract/boards'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { boardKeys } from '@/lib/query-keys'

export function getBoards(signal?: AbortSignal): Promise<Board[]> {
  return apiRequest<Board[]>(apiPaths.boards, { signal })
}

export function boardsQueryOptions() {
  return queryOptions({ queryKey: boardKeys.list(), queryFn: ({ signal }) => getBoards(signal) })
}

export function useBoards() {
  return useSuspenseQuery(boardsQueryOptions())
}
