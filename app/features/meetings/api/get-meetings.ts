import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Meeting, MeetingsQuery } from '@/contract/meetings'
import { apiPaths, withQuery } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { meetingKeys } from '@/lib/query-keys'


export function getMeetings(filters: MeetingsQuery, signal?: AbortSignal): Promise<Meeting[]> {
  return apiRequest<Meeting[]>(withQuery(apiPaths.meetings, filters), { signal })
}

export function meetingsQueryOptions(filters: MeetingsQuery = {}) {
  return queryOptions({ queryKey: meetingKeys.list(filters), queryFn: ({ signal }) => getMeetings(filters, signal) })
}

export function useMeetings(filters: MeetingsQuery = {}) {
  return useSuspenseQuery(meetingsQueryOptions(filters))
}
