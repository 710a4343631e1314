import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateInspectionInput, Inspection, UpdateInspectionInput } from '@/contract/inspections'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { inspectionKeys } from '@/lib/query-keys'

export function createInspection(input: CreateInspectionInput): Promise<Inspection> {
  return apiRequest<Inspection>(apiPaths.inspections, { method: 'POST', body: input })
}

export function updateInspection({ id, version, input }: { id: string; version: number; input: UpdateInspectionInput }): Promise<Inspection> {
  return apiRequest<Inspection>(apiPaths.inspection(id), { method: 'PATCH', body: input, ifMatch: version })
}

function useInvalidateInspections() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all })
}

export function useCreateInspection() {
  const invalidate = useInvalidateInspections()
  return useMutation({ mutationFn: createInspection, onSuccess: invalidate })
}

export function useUpdateInspection() {
  const invalidate = useInvalidateInspections()
  return useMutation({ mutationFn: updateInspection, onSuccess: invalidate })
}
