import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Board } from '@/contract/boards'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { boardKeys } from '@/lib/query-keys'

export function getBoard(id: string, signal?: AbortSignal): Promise<Board> {
  return apiRequest<Board>(apiPaths.board(id), { signal })
}

export function boardQueryOptions(id: string) {
  return queryOptions({ queryKey: boardKeys.detail(id), queryFn: ({ signal }) => getBoard(id, signal) })
}

export function useBoard(id: string) {
  return useSuspenseQuery(boardQueryOptions(id))
}
