import { Legend } from '@/components/legend'
import { measureStatusLabels, measureStatuses, type MeasureStatus } from '@/contract/measure-words'

export const measureStatusTagClasses: Record<MeasureStatus, string> = {
  green: 'govuk-tag--green',
  amber: 'govuk-tag--orange',
  red: 'govuk-tag--red',
}

const meanings: Record<MeasureStatus, string> = {
  green: 'The latest month is at or better than where green starts.',
  amber: 'The latest month is worse than green, but at or better than where amber starts.',
  red: 'The latest month is worse than where amber starts: the board needs to know why.',
}

/** A measure's status as a word on its colour, never colour alone; "No actual yet" before any month is recorded. */
export function MeasureStatusTag({ status }: { status: MeasureStatus | null }) {
  if (status === null) return <strong className="govuk-tag govuk-tag--grey">No actual yet</strong>
  return <strong className={`govuk-tag ${measureStatusTagClasses[status]}`}>{measureStatusLabels[status]}</strong>
}

/** What each measure status means; shown wherever measure statuses appear. */
export function MeasureStatusLegend() {
  return (
    <Legend summary="What the measure statuses mean">
      <dl className="app-legend">
        {measureStatuses.map((status) => (
          <div key={status} className="app-legend__row">
            <dt>
              <MeasureStatusTag status={status} />
            </dt>
            <dd>{meanings[status]}</dd>
          </div>
        ))}
        <div className="app-legend__row">
          <dt>
            <MeasureStatusTag status={null} />
          </dt>
          <dd>No month has been recorded yet.</dd>
        </div>
      </dl>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        Each measure sets where green and amber start, and whether a higher or a lower value is better.
      </p>
    </Legend>
  )
}
