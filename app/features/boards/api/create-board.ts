import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Board, CreateBoardInput } from '@/contract/boards'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { boardKeys, peopleKeys } from '@/lib/query-keys'

export function createBoard(input: CreateBoardInput): Promise<Board> {
  return apiRequest<Board>(apiPaths.boards, { method: 'POST', body: input })
}

export function useCreateBoard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createBoard,
    onSuccess: (board) => {
      queryClient.setQueryData(boardKeys.detail(board.id), board)
      // Everyone seated on the new board has a change recorded.
      return Promise.all([queryClient.invalidateQueries({ queryKey: boardKeys.lists() }), queryClient.invalidateQueries({ queryKey: peopleKeys.changes() })])
    },
  })
}
