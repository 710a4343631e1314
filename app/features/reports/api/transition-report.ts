import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { Report, ReportTransitionInput } from '@/contract/reports'
import { apiRequest } from '@/lib/api-client'
import { meetingKeys, reportKeys } from '@/lib/query-keys'

export function transitionReport({ id, version, input }: { id: string; version: number; input: ReportTransitionInput }): Promise<Report> {
  return apiRequest<Report>(apiPaths.reportTransitions(id), { method: 'POST', body: input, ifMatch: version })
}

export function useTransitionReport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: transitionReport,
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.detail(report.id), report)
    },
    // A considered recurring report creates its next instance; meeting packs change too.
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: reportKeys.all }), queryClient.invalidateQueries({ queryKey: meetingKeys.all })]),
  })
}
