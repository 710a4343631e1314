import type { ReactNode } from 'react'
import type { MinutesProposal } from '@/contract/minutes'
import type { Outcome } from '../review-state'
import { countOf } from '@/lib/plural'

interface ProposalsReviewProps {
  items: Array<{ key: string; proposal: MinutesProposal }>
  outcomes: Record<string, Outcome>
  /** One proposal, drawn by the page that knows how each kind is saved. */
  renderProposal: (item: { key: string; proposal: MinutesProposal }, number: number) => ReactNode
  onChangeMinutes: () => void
  onFinish: () => void
}

const plural = countOf

/**
 * Step 2: the proposals in the order of the minutes, what accepting each kind does, and how many
 * are decided. Nothing is saved until the person accepts one.
 */
export function ProposalsReview({ items, outcomes, renderProposal, onChangeMinutes, onFinish }: ProposalsReviewProps) {
  const accepted = items.filter(({ key }) => outcomes[key]?.state === 'accepted').length
  const rejected = items.filter(({ key }) => outcomes[key]?.state === 'rejected').length
  const open = items.length - accepted - rejected

  const changeMinutes = (
    <button type="button" className="govuk-button govuk-button--secondary" onClick={onChangeMinutes}>
      Change the minutes
    </button>
  )
  if (items.length === 0) {
    return (
      <>
        <p className="govuk-body">The service found nothing in these minutes to propose: no follow-up reports, actions, dated commitments or inspection judgements.</p>
        <p className="govuk-body">If they record some, check that all of the minutes were pasted, or add what they record yourself from the meeting page.</p>
        <div className="govuk-button-group">
          {changeMinutes}
          <button type="button" className="govuk-button" onClick={onFinish}>
            Finish
          </button>
        </div>
      </>
    )
  }

  return (
    <>
      <p className="govuk-body">
        {plural(items.length, 'proposal', 'proposals')} from the minutes, in their order, each beside the sentence it came from. Nothing is saved until you
        accept one.
      </p>
      <p className="govuk-body govuk-!-font-weight-bold">
        {accepted} accepted, {rejected} rejected, {open} to decide.
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">What accepting does</span>
        </summary>
        <div className="govuk-details__text">
          <ul className="govuk-list govuk-list--bullet">
            <li>A follow-up report is requested of the board, as asked for at this meeting, due when the minutes say.</li>
            <li>An action is added to the board’s action log, as agreed at this meeting.</li>
            <li>A commitment becomes a milestone in the board’s plan, due by its deadline.</li>
            <li>A judgement is not saved: an inspection’s grades are recorded with the inspection. Its link takes you there to check them.</li>
          </ul>
          <p className="govuk-body">
            Edit one to change it before accepting it. A rejected one saves nothing and can be taken back. What is accepted is saved at once, and stays
            if you change the minutes and read them again.
          </p>
        </div>
      </details>
      <h2 className="govuk-heading-m">Proposals</h2>
      <ol className="app-proposals">{items.map((item, index) => renderProposal(item, index + 1))}</ol>
      <h2 className="govuk-heading-m">When you have decided</h2>
      <p className="govuk-body">
        {open === 0 ? 'Every proposal is decided.' : `${plural(open, 'proposal is', 'proposals are')} still to decide: finishing leaves them unsaved.`} Finishing
        forgets these minutes in this browser.
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={onFinish}>
          Finish
        </button>
        {changeMinutes}
      </div>
    </>
  )
}
