import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'

export function resetData(): Promise<void> {
  return apiRequest<undefined>(apiPaths.reset, { method: 'POST' })
}

export function useResetData() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: resetData,
    // Every cached answer may have changed.
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
