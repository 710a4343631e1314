import type { Plan } from '@/contract/plans'
import { planStatusLabels } from '@/contract/plan-words'
import { formatDate } from '@/lib/dates'

/** Draft or Agreed, in words, and what that means for the milestones' dates. */
export function PlanStatus({ plan, recordedBy, compact = false }: { plan: Plan; recordedBy?: string | undefined; compact?: boolean }) {
  if (plan.status === 'agreed') {
    return (
      <div className="app-plan-status">
        <p className="govuk-body govuk-!-margin-bottom-1">
          <strong className="govuk-tag govuk-tag--green">{planStatusLabels.agreed}</strong>{' '}
          {plan.agreedBy && plan.agreedOn ? `Agreed by ${plan.agreedBy} on ${formatDate(plan.agreedOn)}.` : 'Agreed.'}
        </p>
        {compact ? null : (
        <p className="govuk-body-s">
          Each milestone’s due date when the plan was agreed is its baseline: slippage is measured against it.
          {recordedBy ? ` Recorded by ${recordedBy}.` : ''}
        </p>
        )}
      </div>
    )
  }
  return (
    <div className="app-plan-status">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong className="govuk-tag govuk-tag--grey">{planStatusLabels.draft}</strong> This plan is a draft: it has not been agreed yet.
      </p>
      {compact ? null : (
        <p className="govuk-body-s">Its milestones’ due dates are not yet baselines. When the plan is agreed, each milestone’s due date becomes its baseline.</p>
      )}
    </div>
  )
}
