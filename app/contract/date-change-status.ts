// A date change's statuses and their words, without zod: the meeting pack's first load reads these
// (app/contract/date-changes.ts adds the schemas for forms and the API).
export const dateChangeStatuses = ['proposed', 'agreed', 'refused'] as const
export type DateChangeStatus = (typeof dateChangeStatuses)[number]

export const dateChangeStatusLabels: Record<DateChangeStatus, string> = {
  proposed: 'Awaiting the chair',
  agreed: 'Agreed',
  refused: 'Refused',
}
