import type { ReactNode } from 'react'
import { useGrowingCount } from '@/lib/use-growing-count'
import { useNarrowScreen } from '@/lib/use-narrow-screen'
import { wholeNumber } from '@/lib/plural'

export interface StackedTableRow {
  key: string
  /** One cell per column, in the columns' order. */
  cells: ReactNode[]
  /** A class for the row, such as `app-no-print` for one the printed page leaves out. */
  className?: string
}

interface StackedTableProps {
  caption: ReactNode
  columns: string[]
  rows: StackedTableRow[]
}

/**
 * A GOV.UK table that, narrower than 640px, becomes one labelled block per row, so the page never
 * scrolls sideways on a phone. Each cell carries its column's name, shown only then (and heard
 * only then: the header row says it otherwise).
 */
export function StackedTable({ caption, columns, rows }: StackedTableProps) {
  // A long table shows its first rows at once and the rest a slice at a time (app/lib/use-growing-count.ts).
  const shown = useGrowingCount(rows.length)
  const growing = shown < rows.length
  return (
    <>
    <table className="govuk-table app-stacked-table" aria-busy={growing || undefined}>
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th key={column} scope="col" className="govuk-table__header">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {(growing ? rows.slice(0, shown) : rows).map((row) => (
          <tr key={row.key} className={row.className ? `govuk-table__row ${row.className}` : 'govuk-table__row'}>
            {row.cells.map((cell, index) => (
              <td key={columns[index]} className="govuk-table__cell">
                <CellLabel>{columns[index]}</CellLabel>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    <GrowingRows shown={shown} total={rows.length} />
    </>
  )
}

/** Under a long table still growing (app/lib/use-growing-count.ts): how much of it is on the page. */
export function GrowingRows({ shown, total }: { shown: number; total: number }) {
  if (shown >= total) return null
  return (
    <p className="govuk-body-s app-secondary-text app-no-print">
      Showing {wholeNumber(shown)} of {wholeNumber(total)} rows…
    </p>
  )
}

/**
 * A cell's column name, for a table with the `app-stacked-table` class written out by hand (one
 * with row headers or numeric columns): shown only below 640px, where the table becomes labelled
 * blocks and its header row is for screen readers only. The label sits before its value on one
 * line, so a long list (a plan's milestones) stays short enough to scroll through. Wider, where
 * it would be hidden, it is not on the page at all: a plan's page of 50 milestones is 200
 * elements lighter for it.
 */
export function CellLabel({ children }: { children: ReactNode }) {
  const narrow = useNarrowScreen()
  return narrow ? <span className="app-stacked-table__label app-stacked-table__label--inline">{children}</span> : null
}
