import { Link } from 'react-router'
import { PageHeading } from '@/components/page'
import { todayIso } from '@/lib/dates'
import { RagPatternDefs } from '@/features/dashboard/components/chart-style'
import { MilestoneTimeline } from '@/features/dashboard/components/milestone-timeline'
import { pageUrls } from '@/lib/page-urls'
import { planPageData } from './plan-data'

export const loader = planPageData.loader
export { PlanTimelinePage as Component }

/** Loaded on its own (route-level code splitting): the only page that needs the timeline's code. */
export function PlanTimelinePage() {
  const { plan, milestones } = planPageData.usePageData()
  return (
    <>
      <Link to={pageUrls.plan(plan.id)} className="govuk-back-link">
        Back to the plan
      </Link>
      <PageHeading title={`Timeline – ${plan.title}`} caption={plan.title}>
        Timeline of due dates
      </PageHeading>
      <RagPatternDefs />
      <MilestoneTimeline themes={plan.themes} milestones={milestones} today={todayIso()} />
    </>
  )
}
