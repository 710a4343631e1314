import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MeetingPack, PublishPackInput } from '@/contract/pack'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { meetingKeys } from '@/lib/query-keys'

export function publishPack({ meetingId, input }: { meetingId: string; input: PublishPackInput }): Promise<MeetingPack> {
  return apiRequest<MeetingPack>(apiPaths.meetingPacks(meetingId), { method: 'POST', body: input })
}

/** The chair publishes the meeting's pack now (freezes it); publishing it again needs a reason. */
export function usePublishPack() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: publishPack,
    onSuccess: (pack) => {
      queryClient.setQueryData(meetingKeys.pack(pack.meeting.id), pack)
      // The meeting's page opens on the pack as published; its publications and changes are read again.
      return queryClient.invalidateQueries({ queryKey: meetingKeys.detail(pack.meeting.id), refetchType: 'all' })
    },
  })
}
