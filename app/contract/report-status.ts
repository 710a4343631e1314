// How often a report is due, its statuses and the moves between them, without zod: the page's
// first load reads these (app/contract/reports.ts adds the schemas for forms and the API).
export const recurrences = ['none', 'every-meeting', 'quarterly', 'annual'] as const
export type Recurrence = (typeof recurrences)[number]

export const recurrenceLabels: Record<Recurrence, string> = {
  none: 'Once',
  'every-meeting': 'Every meeting',
  quarterly: 'Quarterly',
  annual: 'Annual',
}

export const reportStatuses = ['requested', 'in-preparation', 'submitted', 'considered', 'deferred', 'withdrawn'] as const
export type ReportStatus = (typeof reportStatuses)[number]

export const reportStatusLabels: Record<ReportStatus, string> = {
  requested: 'Requested',
  'in-preparation': 'In preparation',
  submitted: 'Submitted',
  considered: 'Considered',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
}

/** The moves a report may make; anything else is a 409. */
export const reportTransitions: Record<ReportStatus, readonly ReportStatus[]> = {
  requested: ['in-preparation', 'submitted', 'deferred', 'withdrawn'],
  'in-preparation': ['submitted', 'deferred', 'withdrawn'],
  submitted: ['in-preparation', 'considered', 'deferred', 'withdrawn'],
  deferred: ['in-preparation', 'submitted', 'deferred', 'withdrawn'],
  considered: [],
  withdrawn: [],
}

/** Statuses in which a report still owes something to a meeting. */
export const openReportStatuses: readonly ReportStatus[] = ['requested', 'in-preparation', 'deferred']
