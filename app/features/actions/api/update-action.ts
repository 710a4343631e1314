import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Action, UpdateActionInput } from '@/contract/actions'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { actionKeys, meetingKeys } from '@/lib/query-keys'

export function updateAction({ id, version, input }: { id: string; version: number; input: UpdateActionInput }): Promise<Action> {
  return apiRequest<Action>(apiPaths.action(id), { method: 'PATCH', body: input, ifMatch: version })
}

/** Changes an action: the chair any of it; its owner marks it done or open again, with a note. */
export function useUpdateAction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateAction,
    onSuccess: (action) => {
      queryClient.setQueryData(actionKeys.detail(action.id), action)
      // Every list of actions is fetched again before the save ends, so the page it leads to opens as saved; meeting packs list the board's earlier actions.
      return Promise.all([queryClient.invalidateQueries({ queryKey: actionKeys.all, refetchType: 'all' }), queryClient.invalidateQueries({ queryKey: meetingKeys.all })])
    },
  })
}
