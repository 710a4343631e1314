import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { DeferralDecisionInput, Report } from '@/contract/reports'
import { apiRequest } from '@/lib/api-client'
import { meetingKeys, reportKeys } from '@/lib/query-keys'

/** The chair accepts an author's request to defer (the report moves to that meeting) or declines it. */
export function decideReportDeferral({ id, version, input }: { id: string; version: number; input: DeferralDecisionInput }): Promise<Report> {
  return apiRequest<Report>(apiPaths.reportDeferralDecision(id), { method: 'POST', body: input, ifMatch: version })
}

export function useDecideReportDeferral() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: decideReportDeferral,
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.detail(report.id), report)
    },
    // An accepted request moves the report to another meeting: both meetings' packs change.
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: reportKeys.all }), queryClient.invalidateQueries({ queryKey: meetingKeys.all })]),
  })
}
