import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { Report } from '@/contract/reports'
import { apiRequest } from '@/lib/api-client'
import { reportKeys } from '@/lib/query-keys'

export function getReport(id: string, signal?: AbortSignal): Promise<Report> {
  return apiRequest<Report>(apiPaths.report(id), { signal })
}

export function reportQueryOptions(id: string) {
  return queryOptions({ queryKey: reportKeys.detail(id), queryFn: ({ signal }) => getReport(id, signal) })
}

export function useReport(id: string) {
  return useSuspenseQuery(reportQueryOptions(id))
}
