import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { CreateReportInput, Report } from '@/contract/reports'
import { apiRequest } from '@/lib/api-client'
import { meetingKeys, reportKeys } from '@/lib/query-keys'

export function createReport(input: CreateReportInput): Promise<Report> {
  return apiRequest<Report>(apiPaths.reports, { method: 'POST', body: input })
}

export function useCreateReport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createReport,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: reportKeys.all }), queryClient.invalidateQueries({ queryKey: meetingKeys.all })]),
  })
}
