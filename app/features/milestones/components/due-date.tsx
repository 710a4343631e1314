import type { Milestone } from '@/contract/milestones'
import { formatDate } from '@/lib/dates'
import { slippageInWords } from '../rules'

type DueFacts = Pick<Milestone, 'dueDate' | 'baselineDueDate' | 'slipped' | 'slippedDays' | 'proposedDueDate'>

/**
 * The due date as a plan shows it: the current date, then the baseline and the days slipped when
 * they differ ("baseline 9 October 2026: 235 days slipped"), then any new date awaiting the chair.
 */
export function DueDate({ milestone }: { milestone: DueFacts }) {
  const slippage = slippageInWords(milestone)
  return (
    <>
      {formatDate(milestone.dueDate)}
      {slippage ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text">{slippage}</span> : null}
      {milestone.proposedDueDate ? (
        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text">
          new date proposed: {formatDate(milestone.proposedDueDate)}, awaiting the chair
        </span>
      ) : null}
    </>
  )
}
