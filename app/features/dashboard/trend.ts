import { addMonths, endOfMonth, format, parseISO } from 'date-fns'
import type { Milestone, MilestoneUpdate } from '@/contract/milestones'
import { ragStatuses, type Rag } from '@/contract/rag'
import { isOverdue } from '@/domain/milestone-status'

export interface TrendPoint {
  /** The day the counts are taken at the end of. */
  date: string
  /** "October 2026", or "Today" for the last point. */
  label: string
  counts: Record<Rag, number>
  overdue: number
  total: number
}

type TrendMilestone = Pick<Milestone, 'id' | 'createdAt' | 'dueDate' | 'closedOn'>

/**
 * Status counts month by month, rebuilt from the append-only history, so the past is shown as it
 * was then (not as it is now). One point at the end of each of the `months - 1` months before
 * this one, and one for today.
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
    const counts = Object.fromEntries(ragStatuses.map((rag) => [rag, 0])) as Record<Rag, number>
    let overdue = 0
    let total = 0
    for (const milestone of milestones) {
      if (milestone.createdAt > until) continue
      const history = byMilestone.get(milestone.id) ?? []
      const known = history.filter((update) => update.at <= until)
      const rag: Rag = known.at(-1)?.rag ?? 'not-started'
      counts[rag] += 1
      total += 1
      const closedOn = milestone.closedOn !== null && milestone.closedOn <= date ? milestone.closedOn : null
      if (isOverdue({ rag, dueDate: dueDateAt(milestone, history, until), closedOn }, date)) overdue += 1
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
