import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Measure, MeasureActual } from '@/contract/measures'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { measureKeys } from '@/lib/query-keys'

export function getMeasure(id: string, signal?: AbortSignal): Promise<Measure> {
  return apiRequest<Measure>(apiPaths.measure(id), { signal })
}

export function measureQueryOptions(id: string) {
  return queryOptions({ queryKey: measureKeys.detail(id), queryFn: ({ signal }) => getMeasure(id, signal) })
}

export function useMeasure(id: string) {
  return useSuspenseQuery(measureQueryOptions(id))
}

/** A measure's monthly actuals, oldest first. */
export function getMeasureActuals(id: string, signal?: AbortSignal): Promise<MeasureActual[]> {
  return apiRequest<MeasureActual[]>(apiPaths.measureActuals(id), { signal })
}

export function measureActualsQueryOptions(id: string) {
  return queryOptions({ queryKey: measureKeys.actuals(id), queryFn: ({ signal }) => getMeasureActuals(id, signal) })
}

export function useMeasureActuals(id: string) {
  return useSuspenseQuery(measureActualsQueryOptions(id))
}
