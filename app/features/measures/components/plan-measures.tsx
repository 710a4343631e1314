import { Link } from 'react-router'
import type { Measure } from '@/contract/measures'
import type { Theme } from '@/contract/plans'
import { pageUrls } from '@/lib/page-urls'
import { MeasureStatusLegend } from './measure-status-tag'
import { MeasuresTable } from './measures-table'

interface PlanMeasuresProps {
  planId: string
  themes: Theme[]
  measures: Measure[]
  /** Offers "Add a performance measure" (the chair of the plan's board). */
  canAdd: boolean
  /** h2 on the plan's page; h3 under the plan's heading on its board's page. */
  level?: 2 | 3
}

/** A plan's performance measures: each one's latest value, target and status in words, with a link to it. */
export function PlanMeasures({ planId, themes, measures, canAdd, level = 2 }: PlanMeasuresProps) {
  const Heading = level === 2 ? 'h2' : 'h3'
  const headingId = `performance-measures-${planId}`
  return (
    <section className="govuk-!-margin-top-6 govuk-!-margin-bottom-6" aria-labelledby={headingId}>
      <Heading className={level === 2 ? 'govuk-heading-m' : 'govuk-heading-s'} id={headingId}>
        Performance measures
      </Heading>
      {canAdd ? (
        <p className="govuk-body app-no-print">
          <Link to={pageUrls.newMeasure(planId)} className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" role="button" draggable={false}>
            Add a performance measure
          </Link>
        </p>
      ) : null}
      {measures.length === 0 ? (
        <p className="govuk-body">No performance measures yet.</p>
      ) : (
        <>
          <MeasuresTable caption="Performance measures: latest value and status" hideCaption measures={measures} themes={themes} />
          <MeasureStatusLegend />
        </>
      )}
    </section>
  )
}
