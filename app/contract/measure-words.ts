// A measure's directions, statuses and changes with their words, without zod: pages that only show
// measures read these (app/contract/measures.ts adds the schemas for forms and the API).
export const measureDirections = ['higher-is-better', 'lower-is-better'] as const
export type MeasureDirection = (typeof measureDirections)[number]
export const measureDirectionLabels: Record<MeasureDirection, string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
}

export const measureStatuses = ['green', 'amber', 'red'] as const
export type MeasureStatus = (typeof measureStatuses)[number]
export const measureStatusLabels: Record<MeasureStatus, string> = {
  green: 'On target',
  amber: 'Near target',
  red: 'Off target',
}

/** Which way a measure moved from the month recorded before: in its own terms (lower caseloads are better). */
export const measureChanges = ['better', 'worse', 'same'] as const
export type MeasureChange = (typeof measureChanges)[number]
export const measureChangeLabels: Record<MeasureChange, string> = {
  better: 'Better',
  worse: 'Worse',
  same: 'No change',
}
