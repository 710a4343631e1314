import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Meeting, UpdateMeetingInput } from '@/contract/meetings'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { isApiError } from '@/lib/api-error'
import { actionKeys, meetingKeys, reportKeys } from '@/lib/query-keys'

export function updateMeeting({ id, version, input }: { id: string; version: number; input: UpdateMeetingInput }): Promise<Meeting> {
  return apiRequest<Meeting>(apiPaths.meeting(id), { method: 'PATCH', body: input, ifMatch: version })
}

/** Changes a meeting: its date, time, venue, agenda, decisions or attendance (the board's chair). */
export function useUpdateMeeting() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateMeeting,
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting)
      // A new date attaches waiting reports, and moves the date of actions due by this meeting.
      // The meeting's own page (its pack) is fetched again before the save ends, so it opens as saved.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meeting.id), refetchType: 'all' }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
        queryClient.invalidateQueries({ queryKey: reportKeys.all }),
        queryClient.invalidateQueries({ queryKey: actionKeys.all }),
      ])
    },
    // Someone else changed it: the page shows the meeting as it now is beside what was typed.
    onError: (error, { id }) => (isApiError(error, 412) ? queryClient.invalidateQueries({ queryKey: meetingKeys.detail(id) }) : undefined),
  })
}
