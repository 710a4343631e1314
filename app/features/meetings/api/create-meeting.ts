import { useMutation, useQueryClient } from '@tanstack/react-query'
import { meetingSchema, type CreateMeetingInput, type Meeting } from '@/contract/meetings'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { meetingKeys, reportKeys } from '@/lib/query-keys'

export function createMeeting(input: CreateMeetingInput): Promise<Meeting> {
  return apiRequest(apiPaths.meetings, { method: 'POST', body: input, schema: meetingSchema })
}

export function useCreateMeeting() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createMeeting,
    // Scheduling a meeting can attach waiting reports to it.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: meetingKeys.all }), queryClient.invalidateQueries({ queryKey: reportKeys.all })]),
  })
}
