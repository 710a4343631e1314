import { useMemo } from 'react'
import { Link, useLocation, useSearchParams } from 'react-router'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { Pagination } from '@/components/pagination'
import { MilestoneFiltersForm } from '@/features/milestones/components/milestone-filters'
import { MilestonesTable } from '@/features/milestones/components/milestones-table'
import { RagLegend } from '@/features/milestones/components/rag-tag'
import { filterMilestones, filtersFromSearch, groupsByTheme, hasActiveFilters, milestoneOrderInWords } from '@/features/milestones/rules'
import { useActingPerson } from '@/features/people/api/get-people'
import { PlanStatus } from '@/features/plans/components/plan-status'
import { onlyWhenThePathChanges } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { planPageData } from './plan-data'
import { mayImportIntoPlan, mayManageMilestones, mayUpdateMilestone } from '@/domain/permissions'
import { mayManageMeasures } from '@/domain/permissions'
import { PlanMeasures } from '@/features/measures/components/plan-measures'
import { countOf } from '@/lib/plural'

export const loader = planPageData.loader
// The filters apply in the page: a change of query alone does not re-run the loader.
export const shouldRevalidate = onlyWhenThePathChanges
export { PlanPage as Component }

const PAGE_SIZE = 50

export function PlanPage() {
  const [search] = useSearchParams()
  const { flash, flashDetail } = (useLocation().state as { flash?: string; flashDetail?: string } | null) ?? {}
  const { plan, board, milestones, people, measures } = planPageData.usePageData()
  const person = useActingPerson()
  const filters = useMemo(() => filtersFromSearch(search), [search])
  const matching = useMemo(() => filterMilestones(milestones, filters), [milestones, filters])
  const grouped = groupsByTheme(filters.sort)
  // A council plan runs to thousands of milestones: show them a page at a time, in theme order when grouped.
  const ordered = useMemo(() => {
    if (!grouped) return matching
    const themeOrder = new Map(plan.themes.map((theme, index) => [theme.id, index]))
    // Closed milestones stay last, apart from the open ones.
    return [...matching].sort(
      (a, b) => Number(a.closedOn !== null) - Number(b.closedOn !== null) || (themeOrder.get(a.themeId) ?? 0) - (themeOrder.get(b.themeId) ?? 0),
    )
  }, [matching, grouped, plan.themes])
  const pages = Math.max(1, Math.ceil(ordered.length / PAGE_SIZE))
  const pageNumber = Math.min(pages, Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1))
  const shown = ordered.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE)
  const shownOpen = shown.filter((milestone) => milestone.closedOn === null)
  const shownClosed = shown.filter((milestone) => milestone.closedOn !== null)
  const pageHref = (page: number) => {
    const next = new URLSearchParams(search)
    if (page === 1) next.delete('page')
    else next.set('page', String(page))
    return pageUrls.plan(plan.id, next)
  }
  const owners = useMemo(() => {
    const ids = new Set(milestones.map((milestone) => milestone.ownerId))
    return people.filter((candidate) => ids.has(candidate.id))
  }, [milestones, people])
  const chairs = mayManageMilestones(person, board).allowed
  const canUpdate = (milestone: { ownerId: string }) => mayUpdateMilestone(person, milestone, board).allowed
  const filtered = hasActiveFilters(filters)

  return (
    <>
      {flash ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
          {flashDetail ? <p className="govuk-body">{flashDetail}</p> : null}
        </NotificationBanner>
      ) : null}
      <Link to={pageUrls.board(board.id)} className="govuk-back-link">
        Back to {board.name}
      </Link>
      <PageHeading caption={board.name}>{plan.title}</PageHeading>
      <PlanStatus plan={plan} recordedBy={people.find((each) => each.id === plan.agreedRecordedById)?.name} />
      {chairs ? (
        <div className="govuk-button-group app-no-print">
          <Link to={pageUrls.newMilestone(plan.id)} className="govuk-button" role="button" draggable={false}>
            Add a milestone
          </Link>
          <Link to={pageUrls.planEdit(plan.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
            Edit the plan and its themes
          </Link>
          {plan.status === 'draft' ? (
            <Link to={pageUrls.planAgree(plan.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
              Agree the plan
            </Link>
          ) : null}
          {mayImportIntoPlan(person, board).allowed ? (
            <Link to={pageUrls.planImport(plan.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
              Import milestones from a spreadsheet
            </Link>
          ) : null}
        </div>
      ) : null}
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={pageUrls.planTimeline(plan.id)}>
          See the milestones on a timeline of due dates
        </Link>
      </p>
      <MilestoneFiltersForm filters={filters} themes={plan.themes} owners={owners} path={pageUrls.plan(plan.id)} />
      <p className="govuk-body app-table-count" role="status" aria-live="polite">
        {filtered
          ? `${matching.length} of ${milestones.length} milestones match the filters`
          : `${countOf(milestones.length, 'milestone', 'milestones')}`}
        {pages > 1 ? `, showing ${(pageNumber - 1) * PAGE_SIZE + 1} to ${(pageNumber - 1) * PAGE_SIZE + shown.length}` : ''}
      </p>
      <RagLegend staleAfterDays={board.staleAfterDays} />
      {shown.length > 1 ? <p className="govuk-body">{milestoneOrderInWords(filters.sort)}</p> : null}
      {shown.length === 0 ? (
        <p className="govuk-body">No milestones match. Try fewer filters.</p>
      ) : shownOpen.length === 0 ? null : grouped ? (
        plan.themes.map((theme) => {
          const inTheme = shownOpen.filter((milestone) => milestone.themeId === theme.id)
          if (inTheme.length === 0) return null
          return (
            <MilestonesTable
              key={theme.id}
              caption={`${theme.title} (${inTheme.length})`}
              milestones={inTheme}
              people={people}
              updateLink={canUpdate}
              latest="expandable"
            />
          )
        })
      ) : (
        <MilestonesTable caption="Milestones" milestones={shownOpen} people={people} themes={plan.themes} updateLink={canUpdate} latest="expandable" />
      )}
      {shownClosed.length > 0 ? (
        <MilestonesTable caption={`Closed milestones (${shownClosed.length})`} milestones={shownClosed} people={people} themes={plan.themes} />
      ) : null}
      <Pagination page={pageNumber} pages={pages} href={pageHref} />
      <PlanMeasures planId={plan.id} themes={plan.themes} measures={measures} canAdd={mayManageMeasures(person, board).allowed} />
    </>
  )
}
