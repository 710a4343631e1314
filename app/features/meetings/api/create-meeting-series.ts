import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateMeetingSeriesInput, MeetingSeriesResult } from '@/contract/meetings'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { meetingKeys, reportKeys } from '@/lib/query-keys'

export function createMeetingSeries(input: CreateMeetingSeriesInput): Promise<MeetingSeriesResult> {
  return apiRequest<MeetingSeriesResult>(apiPaths.meetingSeries, { method: 'POST', body: input })
}

export function useCreateMeetingSeries() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createMeetingSeries,
    // Scheduling meetings can attach waiting reports to them.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: meetingKeys.all }), queryClient.invalidateQueries({ queryKey: reportKeys.all })]),
  })
}
