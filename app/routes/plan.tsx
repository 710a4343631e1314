import { useMemo } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page'
import { useBoard } from '@/features/boards/api/get-board'
import { useMilestones } from '@/features/milestones/api/get-milestones'
import { MilestoneFiltersForm } from '@/features/milestones/components/milestone-filters'
import { MilestonesTable } from '@/features/milestones/components/milestones-table'
import { RagLegend } from '@/features/milestones/components/rag-tag'
import { filterMilestones, filtersFromSearch, hasActiveFilters } from '@/features/milestones/rules'
import { useActingPerson, usePeople } from '@/features/people/api/get-people'
import { usePlan } from '@/features/plans/api/get-plan'

export function PlanPage() {
  const planId = useParams().planId ?? ''
  const [search] = useSearchParams()
  const { data: plan } = usePlan(planId)
  const { data: board } = useBoard(plan.boardId)
  const { data: milestones } = useMilestones({ planId })
  const { data: people } = usePeople()
  const person = useActingPerson()
  const filters = useMemo(() => filtersFromSearch(search), [search])
  const shown = useMemo(() => filterMilestones(milestones, filters), [milestones, filters])
  const owners = useMemo(() => {
    const ids = new Set(milestones.map((milestone) => milestone.ownerId))
    return people.filter((candidate) => ids.has(candidate.id))
  }, [milestones, people])
  const chairs = person?.id === board.chairId
  const canUpdate = (ownerId: string) => chairs || (person?.role === 'director' && person.id === ownerId)
  const filtered = hasActiveFilters(filters)
  const grouped = filters.sort === 'due'

  return (
    <>
      <Link to={`/boards/${encodeURIComponent(board.id)}`} className="govuk-back-link">
        Back to {board.name}
      </Link>
      <PageHeading caption={board.name}>{plan.title}</PageHeading>
      {chairs ? (
        <div className="govuk-button-group app-no-print">
          <Link to={`/plans/${encodeURIComponent(plan.id)}/milestones/new`} className="govuk-button" role="button" draggable={false}>
            Add a milestone
          </Link>
          <Link to={`/plans/${encodeURIComponent(plan.id)}/edit`} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
            Edit the plan and its themes
          </Link>
        </div>
      ) : null}
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={`/plans/${encodeURIComponent(plan.id)}/timeline`}>
          See the milestones on a timeline of due dates
        </Link>
      </p>
      <MilestoneFiltersForm filters={filters} themes={plan.themes} owners={owners} path={`/plans/${encodeURIComponent(plan.id)}`} />
      <p className="govuk-body app-table-count" role="status" aria-live="polite">
        {filtered
          ? `${shown.length} of ${milestones.length} milestones match the filters`
          : `${milestones.length} ${milestones.length === 1 ? 'milestone' : 'milestones'}`}
      </p>
      <RagLegend staleAfterDays={board.staleAfterDays} />
      {shown.length === 0 ? (
        <p className="govuk-body">No milestones match. Try fewer filters.</p>
      ) : grouped ? (
        plan.themes.map((theme) => {
          const inTheme = shown.filter((milestone) => milestone.themeId === theme.id)
          if (inTheme.length === 0) return null
          return (
            <MilestonesTable
              key={theme.id}
              caption={`${theme.title} (${inTheme.length})`}
              milestones={inTheme}
              people={people}
              updateLink={(milestone) => canUpdate(milestone.ownerId)}
            />
          )
        })
      ) : (
        <MilestonesTable caption="Milestones" milestones={shown} people={people} themes={plan.themes} updateLink={(milestone) => canUpdate(milestone.ownerId)} />
      )}
    </>
  )
}
