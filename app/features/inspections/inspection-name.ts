import { findFramework } from '@/contract/frameworks'
import { inspectionKindLabels, type Inspection } from '@/contract/inspections'
import { formatDate } from '@/lib/dates'

/** "ILACS monitoring visit, 2 June 2026": an inspection or visit named as people speak of it. */
export function inspectionName(inspection: Pick<Inspection, 'framework' | 'kind' | 'startDate'>): string {
  return `${findFramework(inspection.framework)?.shortName ?? 'Inspection'} ${inspectionKindLabels[inspection.kind].toLowerCase()}, ${formatDate(inspection.startDate)}`
}
