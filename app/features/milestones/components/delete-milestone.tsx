import { useState } from 'react'
import type { Milestone } from '@/contract/milestones'
import { failureMessage } from '@/lib/form-errors'
import { useDeleteMilestone } from '../api/save-milestone'

interface DeleteMilestoneProps {
  milestone: Milestone
  /** Why deleting is allowed, in a sentence. */
  explanation: string
  onDeleted: () => void
}

/** Deleting a milestone (and its history) where the rules allow it, after asking once more. */
export function DeleteMilestone({ milestone, explanation, onDeleted }: DeleteMilestoneProps) {
  const remove = useDeleteMilestone()
  const [confirming, setConfirming] = useState(false)
  return (
    <>
      <p className="govuk-body">{explanation}</p>
      {confirming ? (
        <div className="govuk-warning-text" role="alert">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Delete “{milestone.title}” and its history? This cannot be undone.
            <div className="govuk-button-group govuk-!-margin-top-4 govuk-!-margin-bottom-0">
              <button
                type="button"
                className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id: milestone.id, version: milestone.version }, { onSuccess: onDeleted })}
              >
                Yes, delete it
              </button>
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setConfirming(false)}>
                No, keep it
              </button>
            </div>
          </div>
        </div>
      ) : (
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirming(true)}>
          Delete the milestone
        </button>
      )}
      {remove.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> Not deleted. {failureMessage(remove.error)}
        </p>
      ) : null}
    </>
  )
}
