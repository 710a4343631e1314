import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Inspection } from '@/contract/inspections'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { inspectionKeys } from '@/lib/query-keys'


export function getInspections(signal?: AbortSignal): Promise<Inspection[]> {
  return apiRequest<Inspection[]>(apiPaths.inspections, { signal })
}

export function inspectionsQueryOptions() {
  return queryOptions({ queryKey: inspectionKeys.list(), queryFn: ({ signal }) => getInspections(signal), staleTime: 60_000 })
}

export function useInspections() {
  return useSuspenseQuery(inspectionsQueryOptions())
}
