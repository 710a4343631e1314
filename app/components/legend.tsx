import type { ReactNode } from 'react'

/**
 * What a page's tags mean: a GOV.UK details on screen, to open when wanted; printed open, since
 * paper has nothing to click (a closed details prints its summary alone), as a copy only paper shows.
 */
export function Legend({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <>
      <details className="govuk-details app-no-print">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{summary}</span>
        </summary>
        <div className="govuk-details__text">{children}</div>
      </details>
      <div className="app-print-only app-legend-printed">
        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{summary}</p>
        {children}
      </div>
    </>
  )
}
