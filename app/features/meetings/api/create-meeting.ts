import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateMeetingInput, Meeting } from '@/contract/meetings'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { meetingKeys, reportKeys } from '@/lib/query-keys'

export function createMeeting(input: CreateMeetingInput): Promise<Meeting> {
  return apiRequest<Meeting>(apiPaths.meetings, { method: 'POST', body: input })
}

export function useCreateMeeting() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createMeeting,
    // Scheduling a meeting can attach waiting reports to it.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: meetingKeys.all }), queryClient.invalidateQueries({ queryKey: reportKeys.all })]),
  })
}
