import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Measure, MeasuresQuery } from '@/contract/measures'
import { apiPaths, withQuery } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { measureKeys } from '@/lib/query-keys'

export function getMeasures(filters: MeasuresQuery, signal?: AbortSignal): Promise<Measure[]> {
  return apiRequest<Measure[]>(withQuery(apiPaths.measures, filters), { signal })
}

export function measuresQueryOptions(filters: MeasuresQuery = {}) {
  return queryOptions({ queryKey: measureKeys.list(filters), queryFn: ({ signal }) => getMeasures(filters, signal) })
}

export function useMeasures(filters: MeasuresQuery = {}) {
  return useSuspenseQuery(measuresQueryOptions(filters))
}
