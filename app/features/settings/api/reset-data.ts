import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'

export function resetData(): Promise<void> {
  return apiRequest(apiPaths.reset, { method: 'POST', schema: z.undefined() })
}

export function useResetData() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: resetData,
    // Every cached answer may have changed.
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
