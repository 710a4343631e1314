import type { ActionsQuery } from '@/contract/actions'
import type { AuditQuery } from '@/contract/audit'
import type { DateChangesQuery } from '@/contract/date-changes'
import type { MeasuresQuery } from '@/contract/measures'
import type { MeetingsQuery } from '@/contract/meetings'
import type { MilestonesQuery } from '@/contract/milestones'
import type { PlansQuery } from '@/contract/plans'
import type { ReportsQuery } from '@/contract/reports'

/**
 * Query keys, one factory per resource, general to specific. They live together because a
 * change to one resource can stale another's (scheduling a meeting attaches reports to it).
 */
export const councilKeys = {
  all: ['council'] as const,
  detail: () => [...councilKeys.all, 'detail'] as const,
}

export const peopleKeys = {
  all: ['people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: () => [...peopleKeys.lists(), {}] as const,
  /** Recorded changes to people's roles and seats: a person's, or (the prefix) everyone's. */
  changes: () => [...peopleKeys.all, 'changes'] as const,
  changesOf: (id: string | null) => [...peopleKeys.changes(), id] as const,
}

export const inspectionKeys = {
  all: ['inspections'] as const,
  lists: () => [...inspectionKeys.all, 'list'] as const,
  list: () => [...inspectionKeys.lists(), {}] as const,
  details: () => [...inspectionKeys.all, 'detail'] as const,
  detail: (id: string) => [...inspectionKeys.details(), id] as const,
}

export const boardKeys = {
  all: ['boards'] as const,
  lists: () => [...boardKeys.all, 'list'] as const,
  list: () => [...boardKeys.lists(), {}] as const,
  details: () => [...boardKeys.all, 'detail'] as const,
  detail: (id: string) => [...boardKeys.details(), id] as const,
}

export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  list: (filters: MeetingsQuery) => [...meetingKeys.lists(), filters] as const,
  details: () => [...meetingKeys.all, 'detail'] as const,
  detail: (id: string) => [...meetingKeys.details(), id] as const,
  pack: (id: string) => [...meetingKeys.detail(id), 'pack'] as const,
  /** The pack's publications; one of them (its number); the changes since the last meeting. */
  packs: (id: string) => [...meetingKeys.detail(id), 'packs'] as const,
  packVersion: (id: string, number: number) => [...meetingKeys.packs(id), number] as const,
  changes: (id: string) => [...meetingKeys.detail(id), 'changes'] as const,
}

/** Actions agreed at meetings; a meeting's pack lists them too, under meetingKeys. */
export const actionKeys = {
  all: ['actions'] as const,
  lists: () => [...actionKeys.all, 'list'] as const,
  list: (filters: ActionsQuery) => [...actionKeys.lists(), filters] as const,
  details: () => [...actionKeys.all, 'detail'] as const,
  detail: (id: string) => [...actionKeys.details(), id] as const,
}

export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: (filters: PlansQuery) => [...planKeys.lists(), filters] as const,
  details: () => [...planKeys.all, 'detail'] as const,
  detail: (id: string) => [...planKeys.details(), id] as const,
}

export const milestoneKeys = {
  all: ['milestones'] as const,
  lists: () => [...milestoneKeys.all, 'list'] as const,
  list: (filters: MilestonesQuery) => [...milestoneKeys.lists(), filters] as const,
  details: () => [...milestoneKeys.all, 'detail'] as const,
  detail: (id: string) => [...milestoneKeys.details(), id] as const,
  updates: (id: string) => [...milestoneKeys.detail(id), 'updates'] as const,
  /** A milestone's date changes: under its detail, so any change to it refreshes them. */
  dateChanges: (id: string) => [...milestoneKeys.detail(id), 'date-changes'] as const,
  /** A plan's whole history: under milestones, so any milestone change refreshes it. */
  planUpdates: (planId: string) => [...milestoneKeys.all, 'plan-updates', planId] as const,
}

export const reportKeys = {
  all: ['reports'] as const,
  lists: () => [...reportKeys.all, 'list'] as const,
  list: (filters: ReportsQuery) => [...reportKeys.lists(), filters] as const,
  details: () => [...reportKeys.all, 'detail'] as const,
  detail: (id: string) => [...reportKeys.details(), id] as const,
}

/** Date changes across milestones (the chair's decisions); a milestone's own are under milestoneKeys. */
export const dateChangeKeys = {
  all: ['date-changes'] as const,
  lists: () => [...dateChangeKeys.all, 'list'] as const,
  list: (filters: DateChangesQuery) => [...dateChangeKeys.lists(), filters] as const,
}

export const measureKeys = {
  all: ['measures'] as const,
  lists: () => [...measureKeys.all, 'list'] as const,
  list: (filters: MeasuresQuery) => [...measureKeys.lists(), filters] as const,
  details: () => [...measureKeys.all, 'detail'] as const,
  detail: (id: string) => [...measureKeys.details(), id] as const,
  actuals: (id: string) => [...measureKeys.detail(id), 'actuals'] as const,
}

export const planImportKeys = {
  all: ['plan-imports'] as const,
  lists: () => [...planImportKeys.all, 'list'] as const,
  list: (planId: string) => [...planImportKeys.lists(), { planId }] as const,
}

export const sessionKeys = {
  all: ['sessions'] as const,
  list: () => [...sessionKeys.all, 'list'] as const,
}

/** Who changed what: a page of the audit per filters and cursor; `null` when the page may not ask. */
export const auditKeys = {
  all: ['audit'] as const,
  page: (query: AuditQuery | null) => [...auditKeys.all, query] as const,
}
