import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateMeasureInput, Measure, UpdateMeasureInput } from '@/contract/measures'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { measureKeys, meetingKeys } from '@/lib/query-keys'

export function createMeasure(input: CreateMeasureInput): Promise<Measure> {
  return apiRequest<Measure>(apiPaths.measures, { method: 'POST', body: input })
}

export function updateMeasure({ id, version, input }: { id: string; version: number; input: UpdateMeasureInput }): Promise<Measure> {
  return apiRequest<Measure>(apiPaths.measure(id), { method: 'PATCH', body: input, ifMatch: version })
}

/** Measures show on the plan, the board and in meeting packs: all of them may have moved. */
export function useInvalidateMeasures() {
  const queryClient = useQueryClient()
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: measureKeys.all }), queryClient.invalidateQueries({ queryKey: meetingKeys.all })])
}

export function useCreateMeasure() {
  const invalidate = useInvalidateMeasures()
  return useMutation({ mutationFn: createMeasure, onSuccess: invalidate })
}

export function useUpdateMeasure() {
  const invalidate = useInvalidateMeasures()
  return useMutation({ mutationFn: updateMeasure, onSuccess: invalidate })
}
