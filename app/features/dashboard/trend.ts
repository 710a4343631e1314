import { addMonths, endOfMonth, format, parseISO } from 'date-fns'
import type { Milestone, MilestoneUpdate } from '@/contract/milestones'
import type { Rag } from '@/contract/rag'
import { countedStatuses, isOverdue, type CountedStatus } from '@/domain/milestone-status'

export interface TrendPoint {
  /** The day the counts are taken at the end of. */
  date: string
  /** "October 2026", or "Today" for the last point. */
  label: string
  /** Complete counts only what was signed off by then; a completion not yet signed off is awaiting sign-off. */
  counts: Record<CountedStatus, number>
  overdue: number
  total: number
}

type TrendMilestone = Pick<Milestone, 'id' | 'createdAt' | 'dueDate' | 'closedOn' | 'signOff'>

/**
 * Status counts month by month, rebuilt from the append-only history, so the past is shown as it
 * was then (not as it is now). One point at the end of each of the `months - 1` months before
 * this one, and one for today. A milestone closed by then is no longer counted.
 */
export function rebuildTrend(milestones: TrendMilestone[], updates: MilestoneUpdate[], today: string, months = 12): TrendPoint[] {
  const byMilestone = new Map<string, MilestoneUpdate[]>()
  for (const update of [...updates].sort((a, b) => a.at.localeCompare(b.at))) {
    const list = byMilestone.get(update.milestoneId) ?? []
    list.push(update)
    byMilestone.set(update.milestoneId, list)
  }
  const points: Array<{ date: string; label: string }> = []
  for (let back = months - 1; back >= 1; back -= 1) {
    const monthEnd = endOfMonth(addMonths(parseISO(today), -back))
    points.push({ date: format(monthEnd, 'yyyy-MM-dd'), label: format(monthEnd, 'MMMM yyyy') })
  }
  points.push({ date: today, label: 'Today' })

  return points.map(({ date, label }) => {
    const until = `${date}T23:59:59.999Z`
    const counts = Object.fromEntries(countedStatuses.map((status) => [status, 0])) as Record<CountedStatus, number>
    let overdue = 0
    let total = 0
    for (const milestone of milestones) {
      if (milestone.createdAt > until) continue
      if (milestone.closedOn !== null && milestone.closedOn <= date) continue
      const history = byMilestone.get(milestone.id) ?? []
      const known = history.filter((update) => update.at <= until)
      const rag: Rag = known.at(-1)?.rag ?? 'not-started'
      counts[rag === 'blue' && !signedOffBy(milestone, history, known) ? 'awaiting-sign-off' : rag] += 1
      total += 1
      if (isOverdue({ rag, dueDate: dueDateAt(milestone, history, until), closedOn: null }, date)) overdue += 1
    }
    return { date, label, counts, overdue, total }
  })
}

/** The due date a milestone had at an instant: the "from" of the first later change, or today's. */
function dueDateAt(milestone: TrendMilestone, history: MilestoneUpdate[], until: string): string {
  for (const update of history) {
    if (update.at <= until) continue
    const change = update.changes.find((candidate) => candidate.field === 'dueDate')
    if (change?.from) return change.from
  }
  return milestone.dueDate
}

/**
 * Whether a Complete milestone was signed off by the end of `known` (its history up to a point):
 * a sign-off after the status update that last made it Complete. History from before sign-off was
 * recorded has no sign-off entries at all: its completions count as signed off, as they were then.
 */
function signedOffBy(milestone: TrendMilestone, history: MilestoneUpdate[], known: MilestoneUpdate[]): boolean {
  if (!history.some((update) => update.kind === 'signed-off')) return milestone.signOff !== 'awaiting'
  const completed = known.findLast((update) => update.kind === 'status' && update.rag === 'blue' && update.fromRag !== 'blue')
  return known.some((update) => update.kind === 'signed-off' && (!completed || update.at >= completed.at))
}
