import { useMutation } from '@tanstack/react-query'
import type { CorrectActualInput, MeasureActual, RecordActualInput } from '@/contract/measures'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { useInvalidateMeasures } from './save-measure'

export function recordActual({ measureId, input }: { measureId: string; input: RecordActualInput }): Promise<MeasureActual> {
  return apiRequest<MeasureActual>(apiPaths.measureActuals(measureId), { method: 'POST', body: input })
}

export interface CorrectActualVariables {
  measureId: string
  month: string
  /** The actual's version the person was looking at. */
  version: number
  input: CorrectActualInput
}

export function correctActual({ measureId, month, version, input }: CorrectActualVariables): Promise<MeasureActual> {
  return apiRequest<MeasureActual>(apiPaths.measureActual(measureId, month), { method: 'PATCH', body: input, ifMatch: version })
}

/** Success or not, the actuals may have moved (a 409 or 412 means someone else recorded or corrected the month). */
export function useRecordActual() {
  const invalidate = useInvalidateMeasures()
  return useMutation({ mutationFn: recordActual, onSettled: invalidate })
}

export function useCorrectActual() {
  const invalidate = useInvalidateMeasures()
  return useMutation({ mutationFn: correctActual, onSettled: invalidate })
}
