import { ragLabels, type Rag } from '@/contract/rag-status'
import { CellLabel } from '@/components/stacked-table'
import { formatDate } from '@/lib/dates'
import type { ProposedRow } from '../proposal'
import { rowAnchor } from '../proposal'

/** The app's status colours, as the milestones feature shows them: the word is always there too. */
const tagClass: Record<Rag, string> = {
  'not-started': 'govuk-tag--grey',
  green: 'govuk-tag--green',
  amber: 'govuk-tag--orange',
  red: 'govuk-tag--red',
  blue: 'govuk-tag--blue',
}

const skipped: Record<Exclude<ProposedRow['kind'], 'milestone'>, string> = {
  blank: 'Blank in the chosen columns: skipped',
  'theme-heading': 'A theme heading: the rows below take its theme',
  headings: 'The headings again: skipped',
}

/** Every row below the headings, with what it will become and, beside it, its problems and notes. */
export function PreviewTable({ rows, leaveOut }: { rows: readonly ProposedRow[]; leaveOut: boolean }) {
  return (
    <div className="app-table-scroll" role="region" aria-labelledby="preview-caption" tabIndex={0}>
      <table className="govuk-table app-import-preview app-stacked-table">
        <caption className="govuk-table__caption govuk-table__caption--s" id="preview-caption">
          Every row of the spreadsheet below its headings
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Row
            </th>
            <th scope="col" className="govuk-table__header">
              Theme
            </th>
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Problems and notes
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) =>
            row.kind === 'milestone' ? (
              <MilestoneRow key={row.sheetRow} row={row} leaveOut={leaveOut} />
            ) : (
              <tr className="govuk-table__row app-import-preview__skipped" key={row.sheetRow} id={rowAnchor(row.sheetRow)} tabIndex={-1}>
                <th scope="row" className="govuk-table__header">
                  <CellLabel>Row</CellLabel>
                  {row.sheetRow}
                </th>
                <td className="govuk-table__cell">
                  {row.kind === 'theme-heading' ? (
                    <>
                      <CellLabel>Theme</CellLabel>
                      {row.theme}
                    </>
                  ) : (
                    ''
                  )}
                </td>
                <td className="govuk-table__cell app-secondary-text" colSpan={5}>
                  {skipped[row.kind]}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  )
}

function MilestoneRow({ row, leaveOut }: { row: ProposedRow; leaveOut: boolean }) {
  const ready = row.request !== null
  return (
    <tr className={`govuk-table__row${ready ? '' : ' app-import-preview__problem'}`} id={rowAnchor(row.sheetRow)} tabIndex={-1}>
      <th scope="row" className="govuk-table__header">
        <CellLabel>Row</CellLabel>
        {row.sheetRow}
      </th>
      <td className="govuk-table__cell"><CellLabel>Theme</CellLabel>
        {row.theme}
        {row.themeFromAbove && row.theme ? <span className="govuk-body-s app-secondary-text app-block">(from above)</span> : null}
      </td>
      <td className="govuk-table__cell"><CellLabel>Action</CellLabel>{row.title}</td>
      <td className="govuk-table__cell"><CellLabel>Owner</CellLabel>{row.owner}</td>
      <td className="govuk-table__cell app-no-wrap"><CellLabel>Due</CellLabel>{row.due.kind === 'date' ? formatDate(row.due.date) : row.dueText}</td>
      <td className="govuk-table__cell"><CellLabel>Status</CellLabel>
        {row.rag ? <strong className={`govuk-tag ${tagClass[row.rag]}`}>{ragLabels[row.rag]}</strong> : row.status}
      </td>
      <td className="govuk-table__cell"><CellLabel>Problems and notes</CellLabel>
        {ready ? (
          <strong className="govuk-tag govuk-tag--green">Ready</strong>
        ) : (
          <strong className="govuk-tag govuk-tag--red">{leaveOut ? 'Left out' : 'Problem'}</strong>
        )}
        {row.problems.length + row.notes.length > 0 ? (
          <ul className="govuk-list govuk-body-s app-import-preview__list">
            {row.problems.map((problem) => (
              <li key={problem.field} className="app-import-preview__problem-text">
                <span className="govuk-visually-hidden">Problem: </span>
                {problem.message}
              </li>
            ))}
            {row.notes.map((note) => (
              <li key={note}>
                <span className="govuk-visually-hidden">Note: </span>
                {note}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  )
}
