// A meeting's statuses and its agenda's kinds of item, with their words, without zod: pages that
// only show meetings read these (app/contract/meetings.ts adds the schemas for forms and the API).
export const meetingStatuses = ['scheduled', 'held', 'cancelled'] as const
export type MeetingStatus = (typeof meetingStatuses)[number]

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
}

/**
 * The kinds of agenda item. Standing items open and close every agenda (apologies, the minutes of
 * the last meeting, the plan's progress report … any other business); each report due at the
 * meeting is an item of its own; the chair adds any other item.
 */
export const agendaItemKinds = ['apologies', 'minutes', 'progress', 'report', 'item', 'aob'] as const
export type AgendaItemKind = (typeof agendaItemKinds)[number]

export const agendaItemKindLabels: Record<AgendaItemKind, string> = {
  apologies: 'Apologies for absence',
  minutes: 'Minutes of the last meeting',
  progress: 'Improvement plan: progress report',
  report: 'Report',
  item: 'Item',
  aob: 'Any other business',
}
