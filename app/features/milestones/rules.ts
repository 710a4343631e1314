import type { Milestone } from '@/contract/milestones'
import { ragSchema, ragStatuses, type Rag } from '@/contract/rag'
import { addDaysIso } from '@/domain/calendar'

/** Filters of the plan page, as they live in the URL. */
export interface MilestoneFilters {
  theme?: string
  owner?: string
  status?: Rag
  overdue?: boolean
  stale?: boolean
  dueBefore?: string
  q?: string
  sort: MilestoneSort
}

export const milestoneSorts = ['due', 'status', 'title', 'updated'] as const
export type MilestoneSort = (typeof milestoneSorts)[number]
export const milestoneSortLabels: Record<MilestoneSort, string> = {
  due: 'Due date, soonest first',
  status: 'Status, off track first',
  title: 'Title, A to Z',
  updated: 'Last update, oldest first',
}

export function filtersFromSearch(search: URLSearchParams): MilestoneFilters {
  const status = ragSchema.safeParse(search.get('status'))
  const sort = milestoneSorts.find((value) => value === search.get('sort')) ?? 'due'
  const dueBefore = search.get('dueBefore') ?? ''
  return {
    theme: search.get('theme') || undefined,
    owner: search.get('owner') || undefined,
    status: status.success ? status.data : undefined,
    overdue: search.get('overdue') === 'true' || undefined,
    stale: search.get('stale') === 'true' || undefined,
    dueBefore: /^\d{4}-\d{2}-\d{2}$/.test(dueBefore) ? dueBefore : undefined,
    q: search.get('q')?.trim() || undefined,
    sort,
  }
}

export function hasActiveFilters(filters: MilestoneFilters): boolean {
  return Boolean(filters.theme || filters.owner || filters.status || filters.overdue || filters.stale || filters.dueBefore || filters.q)
}

/** One collator for every title comparison: far faster than localeCompare per pair on thousands of rows. */
const titleOrder = new Intl.Collator('en-GB').compare
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Off track first: the order a board wants to read status in. */
const statusOrder: Record<Rag, number> = { red: 0, amber: 1, 'not-started': 2, green: 3, blue: 4 }

/** Each milestone's searchable text, lower-cased once per milestone object rather than on every keystroke. */
const searchText = new WeakMap<Milestone, string>()
function searchable(milestone: Milestone): string {
  let text = searchText.get(milestone)
  if (text === undefined) {
    text = `${milestone.title}\n${milestone.description ?? ''}`.toLowerCase()
    searchText.set(milestone, text)
  }
  return text
}

export function filterMilestones(milestones: Milestone[], filters: MilestoneFilters): Milestone[] {
  const needle = filters.q?.toLowerCase()
  const matches = milestones.filter(
    (milestone) =>
      (!filters.theme || milestone.themeId === filters.theme) &&
      (!filters.owner || milestone.ownerId === filters.owner) &&
      (!filters.status || milestone.rag === filters.status) &&
      (!filters.overdue || milestone.overdue) &&
      (!filters.stale || milestone.stale) &&
      (!filters.dueBefore || milestone.dueDate < filters.dueBefore) &&
      (!needle || searchable(milestone).includes(needle)),
  )
  const byDue = (a: Milestone, b: Milestone) => byText(a.dueDate, b.dueDate) || titleOrder(a.title, b.title)
  const compare: Record<MilestoneSort, (a: Milestone, b: Milestone) => number> = {
    due: byDue,
    status: (a, b) => statusOrder[a.rag] - statusOrder[b.rag] || Number(b.overdue) - Number(a.overdue) || byDue(a, b),
    title: (a, b) => titleOrder(a.title, b.title),
    updated: (a, b) => byText(a.lastUpdatedAt, b.lastUpdatedAt) || byDue(a, b),
  }
  return matches.sort(compare[filters.sort])
}

export type StatusCounts = Record<Rag, number> & { overdue: number; stale: number; total: number }

export function countStatuses(milestones: Milestone[]): StatusCounts {
  const counts = Object.fromEntries(ragStatuses.map((rag) => [rag, 0])) as Record<Rag, number>
  let overdue = 0
  let stale = 0
  for (const milestone of milestones) {
    counts[milestone.rag] += 1
    if (milestone.overdue) overdue += 1
    if (milestone.stale) stale += 1
  }
  return { ...counts, overdue, stale, total: milestones.length }
}

/**
 * Most urgent first: overdue, then off track, then stale, then due within 14 days, then the rest;
 * complete ones last. Within a group, soonest due first.
 */
export function urgency(milestone: Milestone, today: string): number {
  if (milestone.rag === 'blue') return 5
  if (milestone.overdue) return 0
  if (milestone.rag === 'red') return 1
  if (milestone.stale) return 2
  if (milestone.dueDate <= addDaysIso(today, 14)) return 3
  return 4
}

export function byUrgency(milestones: Milestone[], today: string): Milestone[] {
  return [...milestones].sort((a, b) => urgency(a, today) - urgency(b, today) || byText(a.dueDate, b.dueDate))
}

export const urgencyReasons = ['Overdue', 'Off track', 'Stale', 'Due within 14 days', 'On course', 'Complete'] as const
