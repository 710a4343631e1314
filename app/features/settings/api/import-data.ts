import { useMutation, useQueryClient } from '@tanstack/react-query'
import { importResultSchema, type ImportResult } from '@/contract/backup'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'

/** Sends a backup file's text as it is: the API validates it whole before writing anything. */
export function importData(fileText: string): Promise<ImportResult> {
  return apiRequest(apiPaths.importData, { method: 'POST', rawBody: fileText, schema: importResultSchema })
}

export function useImportData() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: importData,
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
