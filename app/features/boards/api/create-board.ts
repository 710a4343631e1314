import { useMutation, useQueryClient } from '@tanstack/react-query'
import { boardSchema, type Board, type CreateBoardInput } from '@/contract/boards'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { boardKeys } from '@/lib/query-keys'

export function createBoard(input: CreateBoardInput): Promise<Board> {
  return apiRequest(apiPaths.boards, { method: 'POST', body: input, schema: boardSchema })
}

export function useCreateBoard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createBoard,
    onSuccess: (board) => {
      queryClient.setQueryData(boardKeys.detail(board.id), board)
      return queryClient.invalidateQueries({ queryKey: boardKeys.lists() })
    },
  })
}
