import type { ReactNode } from 'react'

export interface SummaryRow {
  key: string
  value: ReactNode
  action?: ReactNode
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className={`govuk-summary-list__row${row.action ? '' : ' govuk-summary-list__row--no-actions'}`} key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? <dd className="govuk-summary-list__actions">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  )
}
