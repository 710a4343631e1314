import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { Action, createActionInputSchema } from '@/contract/actions'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { actionKeys, meetingKeys } from '@/lib/query-keys'

/** A new action as the form checked it: an owner by id, or by name. */
export type NewAction = z.output<typeof createActionInputSchema>

export function createAction(input: NewAction): Promise<Action> {
  // The checked input says "no name" as null; the API takes the name only when there is one.
  const body = { ...input, ownerName: input.ownerName ?? undefined }
  return apiRequest<Action>(apiPaths.actions, { method: 'POST', body })
}

export function useCreateAction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createAction,
    // Every list of actions is fetched again before the save ends, so the page it leads to opens as saved; meeting packs list the board's earlier actions.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: actionKeys.all, refetchType: 'all' }), queryClient.invalidateQueries({ queryKey: meetingKeys.all })]),
  })
}
