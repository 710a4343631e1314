import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { meetingSchema, type Meeting, type MeetingsQuery } from '@/contract/meetings'
import { apiPaths, withQuery } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { meetingKeys } from '@/lib/query-keys'


export function getMeetings(filters: MeetingsQuery, signal?: AbortSignal): Promise<Meeting[]> {
  return apiRequest(withQuery(apiPaths.meetings, filters), { schema: z.array(meetingSchema), signal })
}

export function meetingsQueryOptions(filters: MeetingsQuery = {}) {
  return queryOptions({ queryKey: meetingKeys.list(filters), queryFn: ({ signal }) => getMeetings(filters, signal) })
}

export function useMeetings(filters: MeetingsQuery = {}) {
  return useSuspenseQuery(meetingsQueryOptions(filters))
}
