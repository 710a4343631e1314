import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { DeferralRequestInput, Report } from '@/contract/reports'
import { apiRequest } from '@/lib/api-client'
import { reportKeys } from '@/lib/query-keys'

/** The author asks the board's chair to defer their report to a later meeting. */
export function askToDeferReport({ id, version, input }: { id: string; version: number; input: DeferralRequestInput }): Promise<Report> {
  return apiRequest<Report>(apiPaths.reportDeferralRequest(id), { method: 'POST', body: input, ifMatch: version })
}

export function useAskToDeferReport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: askToDeferReport,
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.detail(report.id), report)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  })
}
