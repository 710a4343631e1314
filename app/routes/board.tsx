import { Fragment } from 'react'
import { Link, useLocation } from 'react-router'
import { boardKindLabels, type Board } from '@/contract/boards'
import type { Inspection } from '@/contract/inspections'
import type { Measure } from '@/contract/measures'
import type { Milestone } from '@/contract/milestones'
import type { Plan } from '@/contract/plans'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { SummaryList } from '@/components/summary-list'
import { formatDate, formatDateWithDay, todayIso } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { actionsQueryOptions } from '@/features/actions/api/get-actions'
import { ActionLogSummary } from '@/features/actions/components/action-log-summary'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { scrutinisedBoard } from '@/features/plans/followed-plans'
import { inspectionsQueryOptions } from '@/features/inspections/api/get-inspections'
import { InspectionSummary } from '@/features/inspections/components/inspection-summary'
import { measuresQueryOptions } from '@/features/measures/api/get-measures'
import { PlanMeasures } from '@/features/measures/components/plan-measures'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { MeetingsTable } from '@/features/meetings/components/meetings-table'
import { milestonesQueryOptions } from '@/features/milestones/api/get-milestones'
import { RagLegend } from '@/features/milestones/components/rag-tag'
import { ThemeStatusTable } from '@/features/milestones/components/theme-status-table'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { plansQueryOptions } from '@/features/plans/api/get-plans'
import { PlanStatus } from '@/features/plans/components/plan-status'
import { countReportsByMeeting } from '@/features/reports/api/count-reports'
import { reportsQueryOptions } from '@/features/reports/api/get-reports'
import { pageUrls } from '@/lib/page-urls'
import { chairsBoard } from '@/domain/permissions'
import { countOf } from '@/lib/plural'

/** The board, its meetings, reports and plans, then each plan's milestones. */
const boardData = definePageData(
  ({ params }) => {
    const boardId = params.boardId ?? ''
    return {
      board: boardQueryOptions(boardId),
      people: peopleQueryOptions(),
      meetings: meetingsQueryOptions({ boardId }),
      reports: reportsQueryOptions({ boardId }),
      plans: plansQueryOptions({ boardId }),
      // A board with no plan of its own links to the plan it scrutinises.
      allBoards: boardsQueryOptions(),
      allPlans: plansQueryOptions(),
      inspections: inspectionsQueryOptions(),
      actions: actionsQueryOptions({ boardId }),
    }
  },
  ({ plans }) => ({
    milestonesByPlan: plans.map((plan) => milestonesQueryOptions({ planId: plan.id })),
    measuresByPlan: plans.map((plan) => measuresQueryOptions({ planId: plan.id })),
  }),
)

export const loader = boardData.loader
export { BoardPage as Component }

interface PlanSectionProps {
  plan: Plan
  milestones: Milestone[]
  inspections: Inspection[]
  staleAfterDays: number
  measures: Measure[]
}

function PlanSection({ plan, milestones, inspections, staleAfterDays, measures }: PlanSectionProps) {
  const inspection = inspections.find((candidate) => candidate.id === plan.inspectionId)
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`plan-${plan.id}`}>
      <h2 className="govuk-heading-m" id={`plan-${plan.id}`}>
        <Link className="govuk-link" to={pageUrls.plan(plan.id)}>
          {plan.title}
        </Link>
      </h2>
      <PlanStatus plan={plan} compact />
      {inspection ? (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-margin-bottom-2">The plan answers this inspection:</p>
          <InspectionSummary inspection={inspection} />
        </div>
      ) : null}
      <ThemeStatusTable planId={plan.id} themes={plan.themes} milestones={milestones} />
      <RagLegend staleAfterDays={staleAfterDays} />
      <PlanMeasures planId={plan.id} themes={plan.themes} measures={measures} canAdd={false} level={3} />
    </section>
  )
}

/** A board with no plan of its own: the plan of the board it scrutinises, linked, or that it has none. */
function ScrutinisedPlans({ board, boards, plans }: { board: Board; boards: Board[]; plans: Plan[] }) {
  const target = scrutinisedBoard(board, boards)
  const followed = target ? plans.filter((plan) => plan.boardId === target.board.id) : []
  if (!target || followed.length === 0) return <p className="govuk-body">This board has no improvement plan of its own.</p>
  const verb = target.said || board.kind === 'scrutiny-committee' ? 'scrutinises' : 'follows'
  return (
    <p className="govuk-body app-scrutinised-plan">
      This board has no improvement plan of its own. It {verb} the improvement plan of{' '}
      <Link className="govuk-link" to={pageUrls.board(target.board.id)}>
        {target.board.name}
      </Link>
      :{' '}
      {followed.map((plan, index) => (
        <Fragment key={plan.id}>
          <Link className="govuk-link" to={pageUrls.plan(plan.id)}>
            {plan.title}
          </Link>
          {index < followed.length - 1 ? '; ' : '.'}
        </Fragment>
      ))}
    </p>
  )
}

export function BoardPage() {
  const { board, people, meetings, reports, plans, inspections, milestonesByPlan, measuresByPlan, actions, allBoards, allPlans } = boardData.usePageData()
  const location = useLocation()
  const flash = (location.state as { flash?: string } | null)?.flash
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  const today = todayIso()
  const upcoming = meetings.filter((meeting) => meeting.date >= today && meeting.status === 'scheduled')
  const next = upcoming[0]
  const counts = countReportsByMeeting(reports)
  const person = useActingPerson()
  const nextCounts = next ? counts(next.id) : null

  return (
    <>
      {flash ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      ) : null}
      <Link to={pageUrls.boards} className="govuk-back-link">
        Back to boards
      </Link>
      <PageHeading caption={boardKindLabels[board.kind]}>{board.name}</PageHeading>
      {chairsBoard(person, board) ? (
        <div className="govuk-button-group app-no-print">
          <Link to={pageUrls.newMeeting(board.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
            Schedule a meeting
          </Link>
          <Link to={pageUrls.newMeetingSeries(board.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
            Schedule a series of meetings
          </Link>
          <Link to={pageUrls.newReport({ boardId: board.id })} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
            Request a report
          </Link>
          <Link to={pageUrls.newPlan(board.id)} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
            Create a plan
          </Link>
        </div>
      ) : null}
      {next && nextCounts ? (
        <div className="govuk-panel govuk-panel--interruption app-next-meeting">
          <h2 className="govuk-heading-m">
            Next meeting:{' '}
            <Link className="app-next-meeting__link" to={pageUrls.meeting(next.id)}>
              {formatDateWithDay(next.date)}
            </Link>
          </h2>
          <p className="govuk-body">
            Papers deadline {formatDate(next.papersDeadline)}. {countOf(nextCounts.due, 'report')} due, {nextCounts.submitted} submitted
            {nextCounts.late > 0 ? `, ${nextCounts.late} late` : ''}.
          </p>
        </div>
      ) : (
        <p className="govuk-body">No meeting is scheduled.</p>
      )}
      <ActionLogSummary boardId={board.id} actions={actions} />
      {plans.length === 0 ? (
        <ScrutinisedPlans board={board} boards={allBoards} plans={allPlans} />
      ) : (
        plans.map((plan, index) => (
          <PlanSection
            key={plan.id}
            plan={plan}
            milestones={milestonesByPlan[index] ?? []}
            inspections={inspections}
            staleAfterDays={board.staleAfterDays}
            measures={measuresByPlan[index] ?? []}
          />
        ))
      )}
      <h2 className="govuk-heading-m">About the board</h2>
      <SummaryList
        rows={[
          { key: 'Chair', value: name(board.chairId) },
          {
            key: 'Members',
            value:
              board.memberIds.length === 0 ? (
                'None yet'
              ) : (
                <ul className="govuk-list">
                  {board.memberIds.map((id) => (
                    <li key={id}>{name(id)}</li>
                  ))}
                </ul>
              ),
          },
          {
            key: 'Officers',
            value:
              board.officerIds.length === 0 ? (
                'None yet'
              ) : (
                <ul className="govuk-list">
                  {board.officerIds.map((id) => (
                    <li key={id}>{name(id)}</li>
                  ))}
                </ul>
              ),
          },
          { key: 'Papers lead time', value: countOf(board.papersLeadDays, 'clear working day', 'clear working days') },
          { key: 'Milestones are stale after', value: `${countOf(board.staleAfterDays, 'day', 'days')} without an update` },
        ]}
      />
      <MeetingsTable caption="Upcoming meetings" order="Soonest first." meetings={upcoming} boards={[board]} counts={counts} showBoard={false} />
    </>
  )
}
