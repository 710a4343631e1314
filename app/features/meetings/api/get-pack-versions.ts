import { queryOptions } from '@tanstack/react-query'
import type { MeetingPack, PackChanges, PackPublication } from '@/contract/pack'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { meetingKeys } from '@/lib/query-keys'

/** Every publication of a meeting's pack, oldest first. */
export function getPackPublications(meetingId: string, signal?: AbortSignal): Promise<PackPublication[]> {
  return apiRequest<PackPublication[]>(apiPaths.meetingPacks(meetingId), { signal })
}

export function packPublicationsQueryOptions(meetingId: string) {
  return queryOptions({ queryKey: meetingKeys.packs(meetingId), queryFn: ({ signal }) => getPackPublications(meetingId, signal) })
}

/** One publication of the pack, exactly as it was published. */
export function getPackVersion(meetingId: string, number: number, signal?: AbortSignal): Promise<MeetingPack> {
  return apiRequest<MeetingPack>(apiPaths.meetingPackVersion(meetingId, number), { signal })
}

export function packVersionQueryOptions(meetingId: string, number: number) {
  return queryOptions({
    queryKey: meetingKeys.packVersion(meetingId, number),
    queryFn: ({ signal }) => getPackVersion(meetingId, number, signal),
    // A published pack never changes.
    staleTime: Infinity,
  })
}

/** Changes since the last meeting, from the previous meeting's published pack to this one's. */
export function getPackChanges(meetingId: string, signal?: AbortSignal): Promise<PackChanges> {
  return apiRequest<PackChanges>(apiPaths.meetingChanges(meetingId), { signal })
}

export function packChangesQueryOptions(meetingId: string) {
  return queryOptions({ queryKey: meetingKeys.changes(meetingId), queryFn: ({ signal }) => getPackChanges(meetingId, signal) })
}
