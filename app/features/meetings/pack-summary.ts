import type { Action } from '@/contract/actions'
import type { MeetingPack, PackMilestoneStatus, PackReport } from '@/contract/pack'
import { ragStatuses, type Rag } from '@/contract/rag-status'

/** Counts by status; Complete counts only what the chair has signed off, and those awaiting sign-off are counted apart. */
export type StatusCounts = Record<Rag | 'awaiting-sign-off', number>

/** The summary's columns, most done first: what each count is called. */
export const summaryColumns: ReadonlyArray<Rag | 'awaiting-sign-off'> = ['blue', 'awaiting-sign-off', 'red', 'amber', 'green', 'not-started']

export interface ThemeCounts {
  theme: string
  counts: StatusCounts
  total: number
}

/** What the pack's one-page status summary shows: the plan at a glance as it stood for the meeting. */
export interface PackSummary {
  /** Open milestones (not closed) by status. */
  byStatus: StatusCounts
  total: number
  /** The same by theme, in the order the themes first appear; null for a pack published before themes were kept in it. */
  byTheme: ThemeCounts[] | null
  /** Milestones slipped past their baseline, most slipped first; null for a pack published before slippage was kept in it. */
  slipped: PackMilestoneStatus[] | null
  overdueMilestones: number
  lateReports: PackReport[]
  /** Actions from previous meetings that are overdue, most overdue first. */
  overdueActions: Action[]
}

const noCounts = (): StatusCounts => ({ ...(Object.fromEntries(ragStatuses.map((rag) => [rag, 0])) as Record<Rag, number>), 'awaiting-sign-off': 0 })

/** Which count a milestone falls in: a Complete awaiting the chair's sign-off is not yet complete. */
const columnOf = (milestone: PackMilestoneStatus): keyof StatusCounts => (milestone.rag === 'blue' && milestone.awaitingSignOff ? 'awaiting-sign-off' : milestone.rag)

/** Counts a pack's milestones by status and theme, and picks out what slipped and what is late. */
export function summarisePack(pack: Pick<MeetingPack, 'milestoneStatuses' | 'reports' | 'actions' | 'overdueMilestones'>): PackSummary {
  const open = pack.milestoneStatuses.filter((milestone) => milestone.closedOn === null)
  const byStatus = noCounts()
  for (const milestone of open) byStatus[columnOf(milestone)] += 1

  const themesKept = open.every((milestone) => milestone.theme !== undefined)
  const themes = new Map<string, ThemeCounts>()
  if (themesKept) {
    for (const milestone of open) {
      const theme = milestone.theme ?? ''
      const row = themes.get(theme) ?? { theme, counts: noCounts(), total: 0 }
      row.counts[columnOf(milestone)] += 1
      row.total += 1
      themes.set(theme, row)
    }
  }
  const slippageKept = open.every((milestone) => milestone.slipped !== undefined)

  return {
    byStatus,
    total: open.length,
    byTheme: themesKept ? [...themes.values()].sort((a, b) => a.theme.localeCompare(b.theme, 'en-GB')) : null,
    slipped: slippageKept
      ? open.filter((milestone) => milestone.slipped).sort((a, b) => (b.slippedDays ?? 0) - (a.slippedDays ?? 0) || a.title.localeCompare(b.title, 'en-GB'))
      : null,
    overdueMilestones: pack.overdueMilestones.filter((milestone) => !milestone.closedOn).length,
    lateReports: pack.reports.filter((report) => report.late),
    overdueActions: pack.actions.filter((action) => action.overdue),
  }
}
