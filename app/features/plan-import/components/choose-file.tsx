import { useState, type FormEvent } from 'react'
import { MAX_IMPORT_FILE_BYTES } from '@/contract/imports'
import { ErrorSummary } from '@/components/error-summary'
import { fileProblem, readSpreadsheet, UnreadableFileError, type Workbook } from '../read-file'

const FIELD = 'spreadsheet-file'

/** The GOV.UK file upload: choose an .xlsx or .csv, read it here in the browser (nothing is sent anywhere yet). */
export function ChooseFile({ onRead, reading: current }: { onRead: (workbook: Workbook) => void; reading: string | null }) {
  const [file, setFile] = useState<File | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const read = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) return setError('Select a spreadsheet: an .xlsx or .csv file')
    const problem = fileProblem(file)
    if (problem) return setError(problem)
    setError(null)
    setBusy(true)
    try {
      const workbook = await readSpreadsheet(file)
      if (workbook.sheets.every((sheet) => sheet.rows.length === 0)) setError('The selected file has no rows')
      else onRead(workbook)
    } catch (failure) {
      setError(failure instanceof UnreadableFileError ? failure.message : 'The file could not be read. Save it again as .xlsx or .csv and try again')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={(event) => void read(event)} noValidate>
      <ErrorSummary errors={error ? [{ path: FIELD, message: error }] : []} fieldId={() => FIELD} />
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <h2 className="govuk-label-wrapper">
          <label className="govuk-label govuk-label--m" htmlFor={FIELD}>
            {current ? 'Choose a different spreadsheet' : 'Choose the spreadsheet'}
          </label>
        </h2>
        <div className="govuk-hint" id={`${FIELD}-hint`}>
          An Excel workbook (.xlsx) or a CSV file, smaller than {MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB. It is read in this browser; nothing is
          saved until you import.
        </div>
        {error ? (
          <p className="govuk-error-message" id={`${FIELD}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <input
          className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
          id={FIELD}
          name={FIELD}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby={`${FIELD}-hint${error ? ` ${FIELD}-error` : ''}`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setError(null)
          }}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
        {busy ? 'Reading the file…' : 'Read the file'}
      </button>
      <p className="govuk-visually-hidden" role="status" aria-live="polite">
        {busy ? 'Reading the file' : ''}
      </p>
    </form>
  )
}
