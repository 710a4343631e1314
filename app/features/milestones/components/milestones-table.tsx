import { Link } from 'react-router'
import { CellLabel, GrowingRows } from '@/components/stacked-table'
import type { Milestone } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Theme } from '@/contract/plans'
import { formatDate } from '@/lib/dates'
import { DueDate } from './due-date'
import { MilestoneFlags, MilestoneStatusTag } from './rag-tag'
import { pageUrls } from '@/lib/page-urls'
import { useGrowingCount } from '@/lib/use-growing-count'

interface MilestonesTableProps {
  caption: string
  milestones: Milestone[]
  people: Person[]
  /** Show each milestone's theme (when the table is not already one theme). */
  themes?: Theme[]
  /** Offer a one-step link to the update form. */
  updateLink?: (milestone: Milestone) => boolean
  /** Leave out the owner (on a list of one person's milestones). */
  showOwner?: boolean
  /** Keep the caption for screen readers only, under a heading that already says it. */
  hideCaption?: boolean
  /** The latest update's commentary and recovery action under each title: shown, or behind "Latest update". */
  latest?: 'shown' | 'expandable'
}

export function MilestonesTable({ caption, milestones, people, themes, updateLink, showOwner = true, hideCaption = false, latest }: MilestonesTableProps) {
  const personName = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  const themeTitle = (id: string) => themes?.find((theme) => theme.id === id)?.title ?? ''
  // A long table shows its first rows at once and the rest a slice at a time.
  const shown = useGrowingCount(milestones.length)
  return (
    <>
    <table className="govuk-table app-milestones-table app-stacked-table" aria-busy={shown < milestones.length || undefined}>
      <caption className={hideCaption ? 'govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--m'}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Milestone</th>
          {showOwner ? <th scope="col" className="govuk-table__header">Owner</th> : null}
          <th scope="col" className="govuk-table__header">Due</th>
          <th scope="col" className="govuk-table__header">Status</th>
          <th scope="col" className="govuk-table__header">Last update</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {(shown < milestones.length ? milestones.slice(0, shown) : milestones).map((milestone) => (
          <tr className="govuk-table__row" key={milestone.id}>
            <th scope="row" className="govuk-table__header app-milestones-table__title">
              <Link className="govuk-link" to={pageUrls.milestone(milestone.id)}>
                {milestone.title}
              </Link>
              {themes ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text">{themeTitle(milestone.themeId)}</span> : null}
              {milestone.closedOn ? (
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text app-pre-wrap">
                  Closed on {formatDate(milestone.closedOn)}: {milestone.closedReason}
                </span>
              ) : null}
              {latest && milestone.latestUpdate ? <LatestUpdate update={milestone.latestUpdate} expandable={latest === 'expandable'} /> : null}
              {updateLink?.(milestone) && !milestone.closedOn ? (
                <Link className="govuk-link govuk-body-s app-row-action" to={pageUrls.milestone(milestone.id, { hash: 'update-status' })}>
                  Update status<span className="govuk-visually-hidden"> of {milestone.title}</span>
                </Link>
              ) : null}
            </th>
            {showOwner ? <td className="govuk-table__cell">
                <CellLabel>Owner</CellLabel>
                {personName(milestone.ownerId)}
              </td> : null}
            <td className="govuk-table__cell">
              <CellLabel>Due</CellLabel>
              <DueDate milestone={milestone} />
            </td>
            <td className="govuk-table__cell">
              <CellLabel>Status</CellLabel>
              <MilestoneStatusTag milestone={milestone} />
              <MilestoneFlags milestone={milestone} />
            </td>
            <td className="govuk-table__cell">
              <CellLabel>Last update</CellLabel>
              {formatDate(milestone.lastUpdatedAt.slice(0, 10))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    <GrowingRows shown={shown} total={milestones.length} />
    </>
  )
}

/** What the owner last said: the commentary and, where given, the recovery action. */
export function LatestUpdate({ update, expandable }: { update: NonNullable<Milestone['latestUpdate']>; expandable: boolean }) {
  const recovery = update.recoveryAction ? (
    <span className="govuk-!-display-block govuk-!-margin-top-1 app-pre-wrap">
      <strong>Recovery action:</strong> {update.recoveryAction}
    </span>
  ) : null
  const words = (
    <>
      <span className="govuk-!-display-block app-pre-wrap">{update.commentary}</span>
      {recovery}
    </>
  )
  if (expandable) {
    // The commentary straight in the disclosure's text (no element of its own): a plan's page shows one on every row.
    return (
      <details className="govuk-details govuk-!-margin-top-1 govuk-!-margin-bottom-0 app-latest-update">
        <summary className="govuk-details__summary govuk-body-s govuk-!-margin-bottom-0">
          <span className="govuk-details__summary-text">Latest update, {formatDate(update.at.slice(0, 10))}</span>
        </summary>
        <div className="govuk-details__text govuk-body-s app-pre-wrap">
          {update.commentary}
          {recovery}
        </div>
      </details>
    )
  }
  return (
    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0 app-latest-update">
      <span className="govuk-visually-hidden">Latest update, </span>
      <span className="app-secondary-text">{formatDate(update.at.slice(0, 10))}: </span>
      {words}
    </span>
  )
}
