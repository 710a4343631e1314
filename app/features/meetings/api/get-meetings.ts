import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { meetingSchema, type Meeting, type MeetingsQuery } from '@/contract/meetings'
import { apiPaths, withQuery } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'

export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  list: (filters: MeetingsQuery) => [...meetingKeys.lists(), filters] as const,
  details: () => [...meetingKeys.all, 'detail'] as const,
  detail: (id: string) => [...meetingKeys.details(), id] as const,
}

export function getMeetings(filters: MeetingsQuery, signal?: AbortSignal): Promise<Meeting[]> {
  return apiRequest(withQuery(apiPaths.meetings, filters), { schema: z.array(meetingSchema), signal })
}

export function meetingsQueryOptions(filters: MeetingsQuery = {}) {
  return queryOptions({ queryKey: meetingKeys.list(filters), queryFn: ({ signal }) => getMeetings(filters, signal) })
}

export function useMeetings(filters: MeetingsQuery = {}) {
  return useSuspenseQuery(meetingsQueryOptions(filters))
}
