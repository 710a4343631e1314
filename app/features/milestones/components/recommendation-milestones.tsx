import { useState } from 'react'
import { Link } from 'react-router'
import type { Recommendation } from '@/contract/inspections'
import type { Milestone } from '@/contract/milestones'
import { Select } from '@/components/form-fields'
import { failureMessage } from '@/lib/form-errors'
import { pageUrls } from '@/lib/page-urls'
import { useUpdateMilestone } from '../api/save-milestone'

interface RecommendationMilestonesProps {
  recommendation: Recommendation
  /** Says which inspection, for the milestone's history: "the ILACS monitoring visit, 2 June 2026". */
  inspectionName: string
  /** The milestones answering it. */
  answering: Milestone[]
  /** Milestones of the plans answering the inspection: the ones that may be linked. */
  milestones: Milestone[]
  /** Whether the person may change this milestone (its plan's board's chair). */
  mayLink: (milestone: Milestone) => boolean
  /** The plan a milestone is in, when the inspection has more than one answering it. */
  planTitle?: (milestone: Milestone) => string | undefined
}

/** The milestones answering one recommendation, and, for the board's chair, linking another or unlinking one. */
export function RecommendationMilestones({ recommendation, inspectionName, answering, milestones, mayLink, planTitle }: RecommendationMilestonesProps) {
  const update = useUpdateMilestone()
  const [chosen, setChosen] = useState('')
  const [message, setMessage] = useState<{ text: string; error: boolean; field?: boolean } | null>(null)
  const linkable = milestones.filter((milestone) => mayLink(milestone) && !milestone.closedOn && !milestone.recommendationIds.includes(recommendation.id))
  const fieldId = `link-${recommendation.id}`
  const label = (milestone: Milestone) => {
    const plan = planTitle?.(milestone)
    return plan ? `${milestone.title} (${plan})` : milestone.title
  }

  const save = (milestone: Milestone, recommendationIds: string[], done: string, reason: string) => {
    setMessage(null)
    update.mutate(
      { id: milestone.id, version: milestone.version, input: { recommendationIds, reason } },
      {
        onSuccess: () => {
          setChosen('')
          setMessage({ text: done, error: false })
        },
        onError: (error) => setMessage({ text: `Not saved. ${failureMessage(error)}`, error: true }),
      },
    )
  }
  const link = () => {
    const milestone = linkable.find((candidate) => candidate.id === chosen)
    if (!milestone) {
      setMessage({ text: 'Select the milestone that answers this recommendation', error: true, field: true })
      return
    }
    save(
      milestone,
      [...milestone.recommendationIds, recommendation.id],
      `“${milestone.title}” now answers recommendation ${recommendation.number}.`,
      `Now answers recommendation ${recommendation.number} of ${inspectionName}.`,
    )
  }
  const unlink = (milestone: Milestone) =>
    save(
      milestone,
      milestone.recommendationIds.filter((id) => id !== recommendation.id),
      `“${milestone.title}” no longer answers recommendation ${recommendation.number}.`,
      `No longer answers recommendation ${recommendation.number} of ${inspectionName}.`,
    )

  return (
    <div className="app-recommendation-milestones">
      {answering.length > 0 ? (
        <>
          <p className="govuk-body-s govuk-!-margin-bottom-1">Answered by:</p>
          <ul className="govuk-list govuk-body-s">
            {answering.map((milestone) => (
              <li key={milestone.id}>
                <Link className="govuk-link" to={pageUrls.milestone(milestone.id)}>
                  {label(milestone)}
                </Link>
                {mayLink(milestone) ? (
                  <>
                    {' '}
                    <button type="button" className="govuk-button govuk-button--secondary app-button--small govuk-!-margin-bottom-0" disabled={update.isPending} onClick={() => unlink(milestone)}>
                      Unlink<span className="govuk-visually-hidden"> “{milestone.title}” from recommendation {recommendation.number}</span>
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="govuk-body-s">
          <strong className="govuk-tag govuk-tag--red">Not answered by any milestone</strong>
        </p>
      )}
      {linkable.length > 0 ? (
        <div className="app-link-milestone">
          <Select
            id={fieldId}
            label={`Link a milestone to recommendation ${recommendation.number}`}
            value={chosen}
            onChange={setChosen}
            error={message?.field ? message.text : undefined}
            options={[{ value: '', label: 'Choose a milestone' }, ...linkable.map((milestone) => ({ value: milestone.id, label: label(milestone) }))]}
          />
          <button type="button" className="govuk-button govuk-button--secondary" disabled={update.isPending} onClick={link}>
            Link<span className="govuk-visually-hidden"> the milestone to recommendation {recommendation.number}</span>
          </button>
        </div>
      ) : null}
      <div role="status" aria-live="polite" className="govuk-body-s">
        {message && !message.field ? (
          message.error ? (
            <p className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {message.text}
            </p>
          ) : (
            <p className="govuk-body-s">{message.text}</p>
          )
        ) : null}
      </div>
    </div>
  )
}
