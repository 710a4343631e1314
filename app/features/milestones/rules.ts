import type { Milestone } from '@/contract/milestones'
import { isRag, type Rag } from '@/contract/rag-status'
import { addDaysIso } from '@/domain/calendar'
import { formatDate, todayIso } from '@/lib/dates'
import { countedStatus, countedStatuses, isAwaitingSignOff, type CountedStatus } from '@/domain/milestone-status'
import { countOf } from '@/lib/plural'

/** Filters of the plan page, as they live in the URL. */
export interface MilestoneFilters {
  theme?: string
  owner?: string
  status?: Rag
  overdue?: boolean
  stale?: boolean
  /** Slipped past its baseline. */
  slipped?: boolean
  /** Complete, awaiting the chair's sign-off. */
  awaitingSignOff?: boolean
  dueBefore?: string
  q?: string
  sort: MilestoneSort
}

export const milestoneSorts = ['urgent', 'due', 'status', 'title', 'updated'] as const
export type MilestoneSort = (typeof milestoneSorts)[number]
/** The plan page's order when none is chosen: what a chair needs to read first. */
export const defaultMilestoneSort: MilestoneSort = 'urgent'
export const milestoneSortLabels: Record<MilestoneSort, string> = {
  urgent: 'Most urgent first',
  due: 'Due date, soonest first',
  status: 'Status, off track first',
  title: 'Title, A to Z',
  updated: 'Last update, oldest first',
}

export function filtersFromSearch(search: URLSearchParams): MilestoneFilters {
  const status = search.get('status')
  const sort = milestoneSorts.find((value) => value === search.get('sort')) ?? defaultMilestoneSort
  const dueBefore = search.get('dueBefore') ?? ''
  return {
    theme: search.get('theme') || undefined,
    owner: search.get('owner') || undefined,
    status: isRag(status) ? status : undefined,
    overdue: search.get('overdue') === 'true' || undefined,
    stale: search.get('stale') === 'true' || undefined,
    slipped: search.get('slipped') === 'true' || undefined,
    awaitingSignOff: search.get('awaitingSignOff') === 'true' || undefined,
    dueBefore: /^\d{4}-\d{2}-\d{2}$/.test(dueBefore) ? dueBefore : undefined,
    q: search.get('q')?.trim() || undefined,
    sort,
  }
}

export function hasActiveFilters(filters: MilestoneFilters): boolean {
  return Boolean(
    filters.theme || filters.owner || filters.status || filters.overdue || filters.stale || filters.slipped || filters.awaitingSignOff || filters.dueBefore || filters.q,
  )
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

/** Whether the plan page shows the list in theme groups: the orders a chair reads theme by theme. */
export function groupsByTheme(sort: MilestoneSort): boolean {
  return sort === 'urgent' || sort === 'due'
}

/** The list's order in words, said above it: the same words whichever page shows the list. */
export function milestoneOrderInWords(sort: MilestoneSort): string {
  const grouped = groupsByTheme(sort) ? 'Theme by theme, ' : ''
  const order: Record<MilestoneSort, string> = {
    urgent: 'most urgent first: overdue, then off track, stale, due within 14 days, the rest, then complete; each by due date',
    due: 'by due date, soonest first',
    status: 'off track first, then at risk, not started, on track and complete',
    title: 'by title, A to Z',
    updated: 'by last update, oldest first',
  }
  const words = `${grouped}${order[sort]}`
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}. Closed milestones come last.`
}

/** The milestones matching the filters, in the chosen order; `today` places overdue and soon-due ones for the urgent order. */
export function filterMilestones(milestones: Milestone[], filters: MilestoneFilters, today: string = todayIso()): Milestone[] {
  const needle = filters.q?.toLowerCase()
  const matches = milestones.filter(
    (milestone) =>
      (!filters.theme || milestone.themeId === filters.theme) &&
      (!filters.owner || milestone.ownerId === filters.owner) &&
      // Complete means signed off, as counted: a completion awaiting sign-off has its own filter.
      (!filters.status || countedStatus(milestone) === filters.status) &&
      (!filters.overdue || milestone.overdue) &&
      (!filters.stale || milestone.stale) &&
      (!filters.slipped || milestone.slipped) &&
      (!filters.awaitingSignOff || isAwaitingSignOff(milestone)) &&
      (!filters.dueBefore || milestone.dueDate < filters.dueBefore) &&
      (!needle || searchable(milestone).includes(needle)),
  )
  const byDue = (a: Milestone, b: Milestone) => byText(a.dueDate, b.dueDate) || titleOrder(a.title, b.title)
  const compare: Record<MilestoneSort, (a: Milestone, b: Milestone) => number> = {
    urgent: (a, b) => urgency(a, today) - urgency(b, today) || byDue(a, b),
    due: byDue,
    status: (a, b) => statusOrder[a.rag] - statusOrder[b.rag] || Number(b.overdue) - Number(a.overdue) || byDue(a, b),
    title: (a, b) => titleOrder(a.title, b.title),
    updated: (a, b) => byText(a.lastUpdatedAt, b.lastUpdatedAt) || byDue(a, b),
  }
  // Closed milestones are no longer part of the plan's delivery: always after the open ones.
  const closedLast = (a: Milestone, b: Milestone) => Number(a.closedOn !== null) - Number(b.closedOn !== null)
  return matches.sort((a, b) => closedLast(a, b) || compare[filters.sort](a, b))
}

/** Per status as counted (Complete only once signed off), and overdue, stale and closed; closed ones count in no status. */
export type StatusCounts = Record<CountedStatus, number> & { overdue: number; stale: number; closed: number; total: number }

export function countStatuses(milestones: Milestone[]): StatusCounts {
  const counts = Object.fromEntries(countedStatuses.map((status) => [status, 0])) as Record<CountedStatus, number>
  let overdue = 0
  let stale = 0
  let closed = 0
  for (const milestone of milestones) {
    if (milestone.closedOn) {
      closed += 1
      continue
    }
    counts[countedStatus(milestone)] += 1
    if (milestone.overdue) overdue += 1
    if (milestone.stale) stale += 1
  }
  return { ...counts, overdue, stale, closed, total: milestones.length }
}

/** "baseline 9 October 2026: 235 days slipped", or null while the due date is the baseline and it has not slipped. */
export function slippageInWords(milestone: Pick<Milestone, 'dueDate' | 'baselineDueDate' | 'slipped' | 'slippedDays'>): string | null {
  const baseline = milestone.baselineDueDate
  if (!baseline || (baseline === milestone.dueDate && !milestone.slipped)) return null
  const days = milestone.slipped ? `: ${countOf(milestone.slippedDays, 'day', 'days')} slipped` : ''
  return `baseline ${formatDate(baseline)}${days}`
}

/**
 * Most urgent first: overdue, then off track, then stale, then due within 14 days, then the rest;
 * complete ones last. Within a group, soonest due first.
 */
export function urgency(milestone: Milestone, today: string): number {
  if (milestone.closedOn) return 6
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

export const urgencyReasons = ['Overdue', 'Off track', 'Stale', 'Due within 14 days', 'On course', 'Complete', 'Closed'] as const
