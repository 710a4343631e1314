import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Milestone } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Plan } from '@/contract/plans'
import { countedStatusLabels, type CountedStatus } from '@/domain/milestone-status'
import { pageUrls, type PlanUrlFilters } from '@/lib/page-urls'
import { countOf } from '@/lib/plural'
import { pictureStatusOrder, planPicture } from '../plan-picture'
import { DueDate } from './due-date'
import { LatestUpdate } from './milestones-table'
import { MilestoneFlags, MilestoneStatusTag, RagLegend, ragTagClasses } from './rag-tag'

/** The few most urgent of each list fit one screen; the plan page lists them all. */
const SHOWN = 5

const tagClass = (status: CountedStatus) => (status === 'awaiting-sign-off' ? 'govuk-tag--light-blue' : ragTagClasses[status])

interface PlanPictureProps {
  plan: Plan
  milestones: Milestone[]
  people: Person[]
  today: string
  /** Which of the reader's boards follow this plan, in words. */
  followedBy?: ReactNode
}

/** A plan in one screen for a member: status by theme (counts in words), what slipped and what is late, each milestone a link. */
export function PlanPicture({ plan, milestones, people, today, followedBy }: PlanPictureProps) {
  const picture = planPicture(plan.themes, milestones, today)
  const headingId = `picture-${plan.id}`
  return (
    <section className="govuk-!-margin-bottom-8 app-plan-picture" aria-labelledby={headingId}>
      <h2 className="govuk-heading-l" id={headingId}>
        <Link className="govuk-link" to={pageUrls.plan(plan.id)}>
          {plan.title}
        </Link>
      </h2>
      {followedBy ? <p className="govuk-body">{followedBy}</p> : null}

      <h3 className="govuk-heading-m" id={`${headingId}-themes`}>
        Status by theme
      </h3>
      <p className="govuk-body">Open milestones in each theme, off track first.</p>
      <ul className="govuk-list app-plan-picture__themes" aria-labelledby={`${headingId}-themes`}>
        {picture.themes.map(({ theme, counts }) => (
          <li key={theme.id} className="app-plan-picture__theme">
            <span>
              <Link className="govuk-link" to={pageUrls.plan(plan.id, { theme: theme.id })}>
                {theme.title}
              </Link>
              <span className="govuk-visually-hidden">: </span>
            </span>
            {counts.total - counts.closed === 0 ? (
              <span>No open milestones</span>
            ) : (
              <span className="app-plan-picture__counts">
                {pictureStatusOrder
                  .filter((status) => counts[status] > 0)
                  .map((status, index, shown) => (
                    <span key={status}>
                      <strong className={`govuk-tag ${tagClass(status)}`}>
                        {counts[status]} {countedStatusLabels[status].toLowerCase()}
                      </strong>
                      {index < shown.length - 1 ? <span className="govuk-visually-hidden">, </span> : null}{' '}
                    </span>
                  ))}
              </span>
            )}
          </li>
        ))}
      </ul>
      <RagLegend />

      <PictureList
        title="What slipped"
        none="Nothing open has slipped past the date agreed with the plan without being late."
        summary={(count) => `${countOf(count, 'open milestone')} due later than the date agreed with the plan, not yet late. Most urgent first: off track, then stale, then the soonest due.`}
        milestones={picture.slipped}
        all={{ slipped: true }}
        allLink="Every slipped milestone on the plan, late ones included"
        plan={plan}
        people={people}
      />
      <PictureList
        title="What is late"
        none="Nothing is past its due date."
        summary={(count) => `${countOf(count, 'milestone')} past the due date and not complete. Most urgent first: the longest overdue first.`}
        milestones={picture.late}
        all={{ overdue: true }}
        allLink="Every late milestone on the plan"
        plan={plan}
        people={people}
      />
    </section>
  )
}

interface PictureListProps {
  title: string
  none: string
  summary: (count: number) => string
  milestones: Milestone[]
  all: PlanUrlFilters
  allLink: string
  plan: Plan
  people: Person[]
}

function PictureList({ title, none, summary, milestones, all, allLink, plan, people }: PictureListProps) {
  const shown = milestones.slice(0, SHOWN)
  const personName = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  const themeTitle = (id: string) => plan.themes.find((theme) => theme.id === id)?.title ?? ''
  const listId = `picture-${plan.id}-${all.overdue ? 'late' : 'slipped'}`
  return (
    <>
      <h3 className="govuk-heading-m" id={listId}>
        {title}
      </h3>
      {milestones.length === 0 ? (
        <p className="govuk-body">{none}</p>
      ) : (
        <>
          <p className="govuk-body">
            {summary(milestones.length)}
            {milestones.length > SHOWN ? ` The first ${SHOWN}:` : ''}
          </p>
          {/* A list, not a table: it reads the same on a phone on the way to the meeting. */}
          <ol className="govuk-list app-plan-picture__milestones" aria-labelledby={listId}>
            {shown.map((milestone) => (
              <li key={milestone.id} className="app-plan-picture__milestone">
                <div className="app-plan-picture__head">
                  <Link className="govuk-link govuk-!-font-weight-bold" to={pageUrls.milestone(milestone.id)}>
                    {milestone.title}
                  </Link>
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text">
                    {themeTitle(milestone.themeId)}. Owner: {personName(milestone.ownerId)}
                  </span>
                </div>
                <div className="app-plan-picture__when">
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
                    Due <DueDate milestone={milestone} />
                  </span>
                  <div className="app-plan-picture__status">
                    <MilestoneStatusTag milestone={milestone} />
                    <MilestoneFlags milestone={milestone} />
                  </div>
                </div>
                {milestone.latestUpdate ? (
                  <div className="app-plan-picture__latest">
                    <LatestUpdate update={milestone.latestUpdate} expandable={false} />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
          <p className="govuk-body">
            <Link className="govuk-link" to={pageUrls.plan(plan.id, { ...all, sort: 'status' })}>
              {allLink}
            </Link>
          </p>
        </>
      )}
    </>
  )
}
