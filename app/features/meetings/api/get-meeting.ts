import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Meeting } from '@/contract/meetings'
import type { MeetingPack } from '@/contract/pack'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { meetingKeys } from '@/lib/query-keys'

export function getMeeting(id: string, signal?: AbortSignal): Promise<Meeting> {
  return apiRequest<Meeting>(apiPaths.meeting(id), { signal })
}

export function meetingQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.detail(id), queryFn: ({ signal }) => getMeeting(id, signal) })
}

export function getMeetingPack(id: string, signal?: AbortSignal): Promise<MeetingPack> {
  return apiRequest<MeetingPack>(apiPaths.meetingPack(id), { signal })
}

export function meetingPackQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.pack(id), queryFn: ({ signal }) => getMeetingPack(id, signal) })
}

export function useMeetingPack(id: string) {
  return useSuspenseQuery(meetingPackQueryOptions(id))
}
