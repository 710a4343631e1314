import { reportStatusSchema, type ReportsQuery } from '@/contract/reports'

/** The work programme's filters, as they live in the URL. */
export function reportsFilters(search: URLSearchParams): ReportsQuery {
  const status = reportStatusSchema.safeParse(search.get('status'))
  const overdue = search.get('overdue')
  return {
    boardId: search.get('boardId') || undefined,
    status: status.success ? status.data : undefined,
    authorId: search.get('authorId') || undefined,
    dueMeetingId: search.get('dueMeetingId') || undefined,
    overdue: overdue === 'true' ? 'true' : undefined,
  }
}
