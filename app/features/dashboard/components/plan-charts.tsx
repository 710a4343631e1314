import type { Milestone, MilestoneUpdate } from '@/contract/milestones'
import type { Theme } from '@/contract/plans'
import { rebuildTrend } from '../trend'
import { RagPatternDefs } from './chart-style'
import { StatusTrendChart } from './status-trend-chart'
import { ThemeStatusBars } from './theme-status-bars'

interface PlanChartsProps {
  planId: string
  themes: Theme[]
  milestones: Milestone[]
  updates: MilestoneUpdate[]
  today: string
}

/** The plan dashboard's pictures; a module of its own so chart code loads only where charts are shown. */
export default function PlanCharts({ planId, themes, milestones, updates, today }: PlanChartsProps) {
  return (
    <>
      <RagPatternDefs />
      <ThemeStatusBars planId={planId} themes={themes} milestones={milestones} />
      <StatusTrendChart points={rebuildTrend(milestones, updates, today)} />
    </>
  )
}
