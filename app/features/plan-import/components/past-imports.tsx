import type { PlanImport } from '@/contract/imports'
import type { Person } from '@/contract/people'
import { formatInstant } from '@/lib/dates'

/** The spreadsheets already brought into the plan: which file, when, by whom, how many milestones. */
export function PastImports({ imports, people }: { imports: readonly PlanImport[]; people: readonly Person[] }) {
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'Someone no longer known'
  return (
    <>
      <h2 className="govuk-heading-m">Spreadsheets already imported</h2>
      {imports.length === 0 ? (
        <p className="govuk-body">None yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Spreadsheets already imported into this plan, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                File
              </th>
              <th scope="col" className="govuk-table__header">
                Imported
              </th>
              <th scope="col" className="govuk-table__header">
                By
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Milestones
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {imports.map((record) => (
              <tr className="govuk-table__row" key={record.id}>
                <td className="govuk-table__cell">{record.fileName}</td>
                <td className="govuk-table__cell">{formatInstant(record.importedAt)}</td>
                <td className="govuk-table__cell">{name(record.importedById)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{record.rowCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
