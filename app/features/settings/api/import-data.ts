import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ImportResult } from '@/contract/backup'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'

/** Sends a backup file's text as it is: the API validates it whole before writing anything. */
export function importData(fileText: string): Promise<ImportResult> {
  return apiRequest<ImportResult>(apiPaths.importData, { method: 'POST', rawBody: fileText })
}

export function useImportData() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: importData,
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
