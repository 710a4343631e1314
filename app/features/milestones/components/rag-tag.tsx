import { Fragment } from 'react'
import { Legend } from '@/components/legend'
import type { Milestone } from '@/contract/milestones'
import { ragLabels, ragMeanings, ragStatuses, type Rag } from '@/contract/rag-status'
import { isAwaitingSignOff, milestoneStatusLabel } from '@/domain/milestone-status'

export const ragTagClasses: Record<Rag, string> = {
  'not-started': 'govuk-tag--grey',
  green: 'govuk-tag--green',
  amber: 'govuk-tag--orange',
  red: 'govuk-tag--red',
  blue: 'govuk-tag--blue',
}

/** The status as a word on its colour: never colour alone. */
export function RagTag({ rag }: { rag: Rag }) {
  return <strong className={`govuk-tag ${ragTagClasses[rag]}`}>{ragLabels[rag]}</strong>
}

/** A milestone's status: "Complete, awaiting sign-off" until the board chair signs a completion off. */
export function MilestoneStatusTag({ milestone }: { milestone: Pick<Milestone, 'rag' | 'signOff'> }) {
  if (isAwaitingSignOff(milestone)) return <strong className="govuk-tag govuk-tag--light-blue">{milestoneStatusLabel(milestone)}</strong>
  return <RagTag rag={milestone.rag} />
}

/** A status change, old → new, or the status alone when it did not change. */
export function RagChange({ from, to }: { from: Rag | null; to: Rag }) {
  if (from && from !== to) {
    return (
      <>
        <RagTag rag={from} /> <span aria-hidden="true">→</span>
        <span className="govuk-visually-hidden"> changed to </span> <RagTag rag={to} />
      </>
    )
  }
  return (
    <>
      <RagTag rag={to} /> <span className="govuk-body-s">(no change of status)</span>
    </>
  )
}

/** Flags that qualify a status: closed, overdue whatever its status says, slipped past its baseline, stale, completed late. */
export function MilestoneFlags({ milestone }: { milestone: Pick<Milestone, 'rag' | 'overdue' | 'stale' | 'completedLate' | 'slipped' | 'closedOn'> }) {
  const flags: Array<{ text: string; className: string }> = []
  if (milestone.closedOn) flags.push({ text: 'Closed', className: 'govuk-tag--grey' })
  if (milestone.slipped) flags.push({ text: 'Slipped', className: 'govuk-tag--pink' })
  if (milestone.overdue) {
    flags.push({ text: milestone.rag === 'green' ? 'On track, but overdue' : 'Overdue', className: 'govuk-tag--red' })
  }
  if (milestone.stale) flags.push({ text: 'Stale', className: 'govuk-tag--yellow' })
  if (milestone.completedLate) flags.push({ text: 'Completed late', className: 'govuk-tag--grey' })
  if (flags.length === 0) return null
  return (
    // The tags side by side, a space between each for a screen reader: no list markup, as a plan's page shows them on every row.
    <span className="app-flag-list">
      {flags.map((flag, index) => (
        <Fragment key={flag.text}>
          {index > 0 ? ' ' : null}
          <strong className={`govuk-tag ${flag.className} app-flag`}>{flag.text}</strong>
        </Fragment>
      ))}
    </span>
  )
}

/** What each status means; shown wherever the colours appear. */
export function RagLegend({ staleAfterDays = 30 }: { staleAfterDays?: number }) {
  return (
    <Legend summary="What the statuses mean">
      <dl className="app-legend">
        {[...ragStatuses].reverse().map((rag) => (
          <div key={rag} className="app-legend__row">
            <dt>
              <RagTag rag={rag} />
            </dt>
            <dd>{ragMeanings[rag]}</dd>
          </div>
        ))}
        <div className="app-legend__row">
          <dt>
            <strong className="govuk-tag govuk-tag--light-blue">Complete, awaiting sign-off</strong>
          </dt>
          <dd>Marked Complete by its owner; counted as complete only once the board chair signs it off.</dd>
        </div>
        <div className="app-legend__row">
          <dt>
            <strong className="govuk-tag govuk-tag--red">Overdue</strong>
          </dt>
          <dd>Past its due date and not complete, whatever its status says.</dd>
        </div>
        <div className="app-legend__row">
          <dt>
            <strong className="govuk-tag govuk-tag--yellow">Stale</strong>
          </dt>
          <dd>No update for more than {staleAfterDays} days.</dd>
        </div>
        <div className="app-legend__row">
          <dt>
            <strong className="govuk-tag govuk-tag--grey">Completed late</strong>
          </dt>
          <dd>Made complete after its due date.</dd>
        </div>
        <div className="app-legend__row">
          <dt>
            <strong className="govuk-tag govuk-tag--pink">Slipped</strong>
          </dt>
          <dd>Its due date has moved past the baseline agreed with the plan, or the baseline has passed, whatever its status says.</dd>
        </div>
        <div className="app-legend__row">
          <dt>
            <strong className="govuk-tag govuk-tag--grey">Closed</strong>
          </dt>
          <dd>Closed by the board chair, with the reason: no longer part of the plan’s delivery.</dd>
        </div>
      </dl>
      <p className="govuk-body-s govuk-!-margin-bottom-0">Blue means Complete here, not “on hold”.</p>
    </Legend>
  )
}
