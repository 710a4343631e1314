import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { useSuspenseQueries } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { Board } from '@/contract/boards'
import type { Milestone } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Plan } from '@/contract/plans'
import { PageHeading } from '@/components/page'
import { formatDate, formatDateWithDay, todayIso } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { actionsQueryOptions } from '@/features/actions/api/get-actions'
import { YourActions } from '@/features/actions/components/your-actions'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { usePlanUpdates } from '@/features/dashboard/api/get-plan-updates'
import { milestonesQueryOptions, useMilestones } from '@/features/milestones/api/get-milestones'
import { useDateChanges } from '@/features/milestones/api/get-date-changes'
import { AwaitingDecisions } from '@/features/milestones/components/awaiting-decisions'
import { MilestonesTable } from '@/features/milestones/components/milestones-table'
import { RagLegend } from '@/features/milestones/components/rag-tag'
import { byUrgency, urgency } from '@/features/milestones/rules'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { ActingAsPicker } from '@/features/people/components/acting-as-picker'
import { choosesWhoToActAs } from '@/lib/app-mode'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { plansQueryOptions } from '@/features/plans/api/get-plans'
import { countReportsByMeeting } from '@/features/reports/api/count-reports'
import { reportsQueryOptions } from '@/features/reports/api/get-reports'
import { ReportStatusTag } from '@/features/reports/components/report-status-tag'
import { YourReports } from '@/features/reports/components/your-reports'
import { WarningText } from '@/components/warning-text'
import { pageUrls } from '@/lib/page-urls'
import { byCount, countOf } from '@/lib/plural'
import { isAwaitingSignOff } from '@/domain/milestone-status'
import { chairsBoard, mayChairBoards, mayOwnMilestones } from '@/domain/permissions'
import { councilQueryOptions } from '@/features/council/api/council'
import { MemberPlanPictures } from './home-plan-pictures'

/** Every board's next meeting and the late reports; for someone acting as a person, their milestones and the plans. */
const homeData = definePageData(({ actingAs }) => ({
  people: peopleQueryOptions(),
  boards: boardsQueryOptions(),
  meetings: meetingsQueryOptions(),
  reports: reportsQueryOptions(),
  ...(actingAs ? { myMilestones: milestonesQueryOptions({ ownerId: actingAs }), plans: plansQueryOptions() } : {}),
  ...(actingAs ? { myActions: actionsQueryOptions({ ownerId: actingAs, status: 'open' }) } : {}),
}))

export const loader = homeData.loader
export { HomePage as Component }

const PlanCharts = lazy(() => import('@/features/dashboard/components/plan-charts'))

/** A chair's plan dashboard: status by theme, the trend, and what needs attention. */
function PlanDashboard({ plan, people }: { plan: Plan; people: Person[] }) {
  const { data: milestones } = useMilestones({ planId: plan.id })
  const { data: updates } = usePlanUpdates(plan.id)
  const today = todayIso()
  const attention = byUrgency(
    milestones.filter((milestone) => !milestone.closedOn && milestone.rag !== 'blue' && (milestone.rag === 'red' || milestone.overdue || milestone.stale)),
    today,
  )
  return (
    <section aria-labelledby={`dashboard-${plan.id}`} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id={`dashboard-${plan.id}`}>
        {plan.title}
      </h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={pageUrls.plan(plan.id)}>
          All milestones
        </Link>
        {' · '}
        <Link className="govuk-link" to={pageUrls.planTimeline(plan.id)}>
          Timeline of due dates
        </Link>
        {plan.inspectionId ? (
          <>
            {' · '}
            <Link className="govuk-link" to={pageUrls.inspection(plan.inspectionId)}>
              The inspection it answers
            </Link>
          </>
        ) : null}
      </p>
      <Suspense fallback={<p className="govuk-body">Loading the charts…</p>}>
        <PlanCharts planId={plan.id} themes={plan.themes} milestones={milestones} updates={updates} today={today} />
      </Suspense>
      <h2 className="govuk-heading-m">Needs attention</h2>
      {attention.length === 0 ? (
        <p className="govuk-body">Nothing is off track, overdue or stale.</p>
      ) : (
        <MilestonesTable caption={`${attention.length} off track, overdue or stale, most urgent first`} milestones={attention} people={people} themes={plan.themes} latest="shown" />
      )}
    </section>
  )
}

/** New dates proposed and completions awaiting sign-off, in the plans of the boards this person chairs. */
function ChairDecisions({ plans, people }: { plans: Plan[]; people: Person[] }) {
  const { data: proposed } = useDateChanges({ status: 'proposed' })
  const lists = useSuspenseQueries({ queries: plans.map((plan) => milestonesQueryOptions({ planId: plan.id })) })
  const milestones = lists.flatMap((list) => list.data)
  const titles = new Map(milestones.map((milestone) => [milestone.id, milestone.title]))
  const proposals = proposed.filter((change) => titles.has(change.milestoneId))
  const completions = milestones.filter((milestone) => isAwaitingSignOff(milestone) && !milestone.closedOn)
  return <AwaitingDecisions proposals={proposals} completions={completions} titles={titles} people={people} />
}

/** Each plan's dashboard reads its own milestones and history, as the loader does not fetch them. */
function ChairDashboards({ person, people, boards, plans }: { person: Person; people: Person[]; boards: Board[]; plans: Plan[] }) {
  const chaired = new Set(boards.filter((board) => chairsBoard(person, board)).map((board) => board.id))
  const own = plans.filter((plan) => chaired.has(plan.boardId))
  // A scrutiny or cabinet chair oversees the council's plans without owning one.
  return (
    <>
      {own.length > 0 ? <ChairDecisions plans={own} people={people} /> : null}
      {(own.length > 0 ? own : plans).map((plan) => (
        <PlanDashboard key={plan.id} plan={plan} people={people} />
      ))}
    </>
  )
}

/** A director's milestones, most urgent first, each one step from its update form. */
function MyMilestones({ milestones, people }: { milestones: Milestone[]; people: Person[] }) {
  const today = todayIso()
  const sorted = byUrgency(milestones, today)
  const needAction = sorted.filter((milestone) => urgency(milestone, today) <= 3)
  const rest = sorted.filter((milestone) => urgency(milestone, today) > 3)
  return (
    <section aria-labelledby="my-milestones">
      <h2 className="govuk-heading-l" id="my-milestones">
        My milestones
      </h2>
      {milestones.length === 0 ? (
        <p className="govuk-body">You do not own any milestones.</p>
      ) : (
        <>
          <p className="govuk-body">
            You own {countOf(milestones.length, 'milestone', 'milestones')}.{' '}
            {needAction.length > 0
              ? `${needAction.length} ${byCount(needAction.length, 'needs', 'need')} attention: overdue, off track, stale or due within 14 days.`
              : 'None needs attention now.'}
          </p>
          <RagLegend />
          {needAction.length > 0 ? (
            <MilestonesTable caption="Needs attention, most urgent first" milestones={needAction} people={people} updateLink={() => true} showOwner={false} latest="shown" />
          ) : null}
          {rest.length > 0 ? <MilestonesTable caption="The rest" milestones={rest} people={people} updateLink={(milestone) => milestone.rag !== 'blue'} showOwner={false} /> : null}
        </>
      )}
    </section>
  )
}

/** A new council's next steps, in the order they depend on one another. */
function GettingStarted({ peopleCount }: { peopleCount: number }) {
  return (
    <section className="app-card" aria-labelledby="getting-started">
      <h2 className="govuk-heading-m" id="getting-started">
        Set up your council
      </h2>
      <ol className="govuk-list govuk-list--number">
        <li>
          <Link className="govuk-link" to={pageUrls.newPerson}>Add people</Link>: the officers who own milestones and write reports, the elected members and
          the other chairs. {peopleCount === 1 ? 'Only you are here so far.' : `${peopleCount} people so far.`}
        </li>
        <li>
          <Link className="govuk-link" to={pageUrls.newBoard}>Add a board</Link>: your improvement board, and any scrutiny or cabinet committee that follows the plan.
        </li>
        <li>
          <Link className="govuk-link" to="/inspections/new">Record the inspection</Link> and its recommendations, then create the improvement plan from the board’s page.
        </li>
      </ol>
    </section>
  )
}

export function HomePage() {
  const { people, boards, meetings, reports, myMilestones = [], plans = [], myActions = [] } = homeData.usePageData()
  const person = useActingPerson()
  const council = useQuery(councilQueryOptions()).data
  const today = todayIso()
  const counts = countReportsByMeeting(reports)
  // Members and chairs see the boards they sit on; anyone else sees every board.
  const myBoards = person ? boards.filter((board) => board.chairId === person.id || board.memberIds.includes(person.id)) : []
  const mine = myBoards.length > 0
  const nextMeetings = (mine ? myBoards : boards).flatMap((board) => {
    const next = meetings.find((meeting) => meeting.boardId === board.id && meeting.date >= today && meeting.status === 'scheduled')
    return next ? [{ board, meeting: next }] : []
  }).sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || a.board.name.localeCompare(b.board.name, 'en-GB'))
  const lateReports = reports.filter((report) => report.overdue)

  return (
    <>
      <PageHeading title="Home" caption={council?.name}>
        Children’s services improvement
      </PageHeading>
      <p className="govuk-body-l">
        The improvement plan, its milestones and the reports boards have asked for, in one place that is always up to date.
      </p>
      {person || !choosesWhoToActAs() ? null : (
        <div className="govuk-inset-text">
          <ActingAsPicker people={people} boards={boards} />
        </div>
      )}
      {boards.length === 0 ? <GettingStarted peopleCount={people.length} /> : null}
      {myActions.length > 0 ? <YourActions actions={myActions} people={people} boards={boards} meetings={meetings} /> : null}
      {person ? <YourReports person={person} reports={reports} meetings={meetings} boards={boards} /> : null}
      {person && mayOwnMilestones(person) ? <MyMilestones milestones={myMilestones} people={people} /> : null}
      {person && mayChairBoards(person) ? <ChairDashboards person={person} people={people} boards={boards} plans={plans} /> : null}
      {person?.role === 'member' ? <MemberPlanPictures person={person} boards={boards} plans={plans} people={people} /> : null}
      {lateReports.length > 0 ? (
        <WarningText>
            {countOf(lateReports.length, 'report')} {byCount(lateReports.length, 'is', 'are')} late: past the papers deadline and
            not submitted. <Link className="govuk-link" to={pageUrls.reports({ overdue: 'true' })}>See late reports</Link>
        </WarningText>
      ) : null}
      <h2 className="govuk-heading-m">{mine ? 'Next meetings of your boards' : 'Next meetings'}</h2>
      {nextMeetings.length > 1 ? <p className="govuk-body">Soonest first.</p> : null}
      {nextMeetings.length === 0 ? (
        <p className="govuk-body">No meetings are scheduled.</p>
      ) : (
        nextMeetings.map(({ board, meeting }) => {
          const count = counts(meeting.id)
          const due = reports.filter((report) => report.dueMeetingId === meeting.id && report.status !== 'withdrawn')
          return (
            <section key={meeting.id} className="app-card" aria-labelledby={`next-${meeting.id}`}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1" id={`next-${meeting.id}`}>
                <Link className="govuk-link" to={pageUrls.meeting(meeting.id)}>
                  {board.name}, {formatDateWithDay(meeting.date)}
                </Link>
              </h3>
              <p className="govuk-body govuk-!-margin-bottom-2">
                Papers deadline {formatDate(meeting.papersDeadline)}. {countOf(count.due, 'report')} due, {count.submitted} submitted
                {count.late > 0 ? (
                  <>
                    , <strong className="govuk-tag govuk-tag--red">{count.late} late</strong>
                  </>
                ) : null}
                .
              </p>
              {due.length > 0 ? (
                <ul className="govuk-list govuk-list--bullet govuk-body-s">
                  {due.map((report) => (
                    <li key={report.id}>
                      {report.title}: <ReportStatusTag status={report.status} late={report.overdue} dueHere />
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          )
        })
      )}
    </>
  )
}
