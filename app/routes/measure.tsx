import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router'
import { measureDirectionLabels } from '@/contract/measure-words'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { SummaryList } from '@/components/summary-list'
import { mayManageMeasures, mayRecordActuals } from '@/domain/permissions'
import { formatMonth } from '@/lib/dates'
import { valueWithUnit, targetInWords, thresholdsInWords, changeInWords } from '@/features/measures/format'
import { CorrectActualForm } from '@/features/measures/components/correct-actual-form'
import { MeasureStatusLegend, MeasureStatusTag } from '@/features/measures/components/measure-status-tag'
import { MeasureTrend } from '@/features/measures/components/measure-trend'
import { RecordActualForm } from '@/features/measures/components/record-actual-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { recentChange } from '@/domain/measure-status'
import { pageUrls } from '@/lib/page-urls'
import { measurePageData } from './measure-data'

export const loader = measurePageData.loader
export { MeasurePage as Component }

/** Keyed by the id, so moving to another measure starts with fresh forms. */
export function MeasurePage() {
  const measureId = useParams().measureId ?? ''
  return <MeasurePageContent key={measureId} />
}

function MeasurePageContent() {
  const { measure, actuals, people, plan, milestones, board } = measurePageData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const flash = (useLocation().state as { flash?: string } | null)?.flash
  const chairs = mayManageMeasures(person, board).allowed
  const canRecord = mayRecordActuals(person, measure, board).allowed
  const correcting = canRecord ? actuals.find((actual) => actual.month === search.get('correct')) : undefined
  const theme = plan.themes.find((candidate) => candidate.id === measure.themeId)
  const evidenced = milestones.filter((milestone) => measure.milestoneIds.includes(milestone.id))
  const owner = people.find((candidate) => candidate.id === measure.ownerId)
  const thresholds = thresholdsInWords(measure)
  const { previous, change } = recentChange(actuals, measure.direction)
  const here = pageUrls.measure(measure.id)

  return (
    <>
      {flash ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      ) : null}
      <Link to={pageUrls.plan(plan.id)} className="govuk-back-link">
        Back to the plan
      </Link>
      <PageHeading caption={theme?.title ?? plan.title}>{measure.name}</PageHeading>
      <p className="app-status-now">
        <span className="govuk-visually-hidden">Status: </span>
        <MeasureStatusTag status={measure.status} />
        {measure.latest ? (
          <span className="govuk-body govuk-!-margin-left-2">
            {valueWithUnit(measure.latest.value, measure.unit)} in {formatMonth(measure.latest.month)}
          </span>
        ) : null}
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Latest', value: measure.latest ? `${valueWithUnit(measure.latest.value, measure.unit)} in ${formatMonth(measure.latest.month)}` : 'None recorded yet' },
              ...(change && previous ? [{ key: 'Since the month before', value: changeInWords(change, previous, measure.unit) }] : []),
              { key: 'Target', value: targetInWords(measure) },
              { key: 'Which way is good', value: measureDirectionLabels[measure.direction] },
              {
                key: 'Thresholds',
                value: (
                  <ul className="govuk-list">
                    <li>On target: {thresholds.green}</li>
                    {thresholds.amber ? <li>Near target: {thresholds.amber}</li> : null}
                    <li>Off target: {thresholds.red}</li>
                  </ul>
                ),
              },
              { key: 'Theme', value: theme?.title ?? 'The plan as a whole' },
              {
                key: 'Milestones it evidences',
                value:
                  evidenced.length === 0 ? (
                    'None'
                  ) : (
                    <ul className="govuk-list">
                      {evidenced.map((milestone) => (
                        <li key={milestone.id}>
                          <Link className="govuk-link" to={pageUrls.milestone(milestone.id)}>
                            {milestone.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ),
              },
              { key: 'Owner', value: owner ? `${owner.name}${owner.active ? '' : ' (deactivated)'}` : 'Unknown person' },
              { key: 'Plan', value: <Link className="govuk-link" to={pageUrls.plan(plan.id)}>{plan.title}</Link> },
            ]}
          />
          {chairs ? (
            <p className="govuk-body app-no-print">
              <Link className="govuk-link" to={pageUrls.measureEdit(measure.id)}>
                Change the measure’s details<span className="govuk-visually-hidden">: {measure.name}</span>
              </Link>
            </p>
          ) : null}
        </div>
      </div>

      <MeasureTrend measure={measure} actuals={actuals} people={people} canCorrect={canRecord} />
      <MeasureStatusLegend />

      {correcting ? (
        <section className="app-no-print govuk-!-margin-top-6" aria-labelledby="correct-actual">
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <h2 className="govuk-heading-m" id="correct-actual" tabIndex={-1}>
                Correct {formatMonth(correcting.month)}
              </h2>
              <CorrectActualForm
                key={correcting.id}
                measure={measure}
                actual={correcting}
                onSaved={(actual) => navigate(here, { state: { flash: `Corrected ${formatMonth(actual.month)}: now ${valueWithUnit(actual.value, measure.unit)}.` } })}
                onCancel={() => navigate(here)}
              />
            </div>
          </div>
        </section>
      ) : null}

      {canRecord ? (
        <section className="app-no-print govuk-!-margin-top-6" aria-labelledby="record-actual">
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <h2 className="govuk-heading-m" id="record-actual" tabIndex={-1}>
                Record an actual
              </h2>
              <p className="govuk-body">To change a month already recorded, choose Correct beside it in the table.</p>
              <RecordActualForm measure={measure} actuals={actuals} />
            </div>
          </div>
        </section>
      ) : null}
    </>
  )
}
