import type { MeetingsQuery } from '@/contract/meetings'

/** The Meetings page's filters, as they live in the URL. */
export function meetingsFilters(search: URLSearchParams): MeetingsQuery {
  return { boardId: search.get('boardId') || undefined }
}
