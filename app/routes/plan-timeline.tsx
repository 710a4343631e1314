import { Link, useParams } from 'react-router'
import { PageHeading } from '@/components/page'
import { todayIso } from '@/lib/dates'
import { RagPatternDefs } from '@/features/dashboard/components/chart-style'
import { MilestoneTimeline } from '@/features/dashboard/components/milestone-timeline'
import { useMilestones } from '@/features/milestones/api/get-milestones'
import { usePlan } from '@/features/plans/api/get-plan'
import { pageUrls } from '@/lib/page-urls'

/** Loaded on its own (route-level code splitting): the only page that needs the timeline's code. */
export function PlanTimelinePage() {
  const planId = useParams().planId ?? ''
  const { data: plan } = usePlan(planId)
  const { data: milestones } = useMilestones({ planId })
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
