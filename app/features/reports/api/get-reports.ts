import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths, withQuery } from '@/contract/paths'
import type { Report, ReportsQuery } from '@/contract/reports'
import { apiRequest } from '@/lib/api-client'
import { reportKeys } from '@/lib/query-keys'


export function getReports(filters: ReportsQuery, signal?: AbortSignal): Promise<Report[]> {
  return apiRequest<Report[]>(withQuery(apiPaths.reports, filters), { signal })
}

export function reportsQueryOptions(filters: ReportsQuery = {}) {
  return queryOptions({ queryKey: reportKeys.list(filters), queryFn: ({ signal }) => getReports(filters, signal) })
}

export function useReports(filters: ReportsQuery = {}) {
  return useSuspenseQuery(reportsQueryOptions(filters))
}
