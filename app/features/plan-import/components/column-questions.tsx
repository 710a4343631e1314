import type { Theme } from '@/contract/plans'
import { Select } from '@/components/form-fields'
import { cellText } from '../cells'
import { columnAnchor, columnName, fieldHints, fieldLabels, importFields, mappingProblems, type ImportField } from '../columns'
import { mappingOf, type ImportDraft } from '../propose'
import type { Workbook } from '../read-file'
import { countOf } from '@/lib/plural'

interface ColumnQuestionsProps {
  workbook: Workbook
  draft: ImportDraft
  themes: readonly Theme[]
  /** Errors by the id of the question they belong to (after a check, or from the API). */
  errors: Readonly<Record<string, string>>
  onSheet: (sheet: string) => void
  onHeaderRow: (row: number) => void
  onColumn: (field: ImportField, column: string) => void
  onDefaultTheme: (title: string) => void
}

const needed: readonly ImportField[] = ['theme', 'title', 'owner', 'dueDate']
/** The row of headings is looked for among the first rows only: title rows above it are few. */
const HEADING_ROWS_OFFERED = 30

/** "Row 3: Priority, Action, Lead officer…": a row as a choice. */
function rowSummary(cells: readonly unknown[], index: number): string {
  const words = cells.map((cell) => cellText(cell as never)).filter(Boolean)
  const text = words.slice(0, 4).join(', ')
  return `Row ${index + 1}: ${text.length > 70 ? `${text.slice(0, 69)}…` : text || '(blank)'}`
}

/** Which worksheet, which row holds the headings, and which column holds each field, the guesses chosen already. */
export function ColumnQuestions({ workbook, draft, themes, errors, onSheet, onHeaderRow, onColumn, onDefaultTheme }: ColumnQuestionsProps) {
  const sheet = workbook.sheets.find((each) => each.name === draft.sheet) ?? workbook.sheets[0]!
  const header = sheet.rows[draft.headerRow] ?? []
  const width = Math.min(60, Math.max(header.length, ...sheet.rows.slice(0, 200).map((row) => row.length)))
  // A column chosen twice is said at once, beside the second choice; a column not yet chosen is listed below the questions.
  const mapping = mappingOf(draft.columns)
  const live = Object.fromEntries(
    mappingProblems(mapping, header, draft.defaultTheme !== '')
      .filter((problem) => importFields.some((field) => columnAnchor(field) === problem.path && mapping[field] !== null))
      .map((problem) => [problem.path, problem.message]),
  )

  return (
    <>
      {workbook.sheets.length > 1 ? (
        <Select
          id="sheet"
          label="Worksheet"
          hint={`The file has ${workbook.sheets.length} worksheets.`}
          value={sheet.name}
          onChange={onSheet}
          options={workbook.sheets.map((each) => ({ value: each.name, label: `${each.name} (${countOf(each.rows.length, 'row', 'rows')})` }))}
          error={errors.sheet}
        />
      ) : null}
      <Select
        id="header-row"
        label="Row with the column headings"
        hint="Rows above it (titles, dates) are not read."
        value={String(draft.headerRow)}
        onChange={(value) => onHeaderRow(Number(value))}
        options={sheet.rows.slice(0, HEADING_ROWS_OFFERED).map((row, index) => ({ value: String(index), label: rowSummary(row, index) }))}
        error={errors['header-row']}
      />
      {importFields.map((field) => {
        const required = needed.includes(field)
        const id = columnAnchor(field)
        return (
          <Select
            key={field}
            id={id}
            label={required ? fieldLabels[field] : `${fieldLabels[field]} (optional)`}
            hint={fieldHints[field]}
            value={draft.columns[field] ?? ''}
            onChange={(column) => onColumn(field, column)}
            error={live[id] ?? errors[id]}
            options={[
              { value: '', label: required ? 'Choose a column' : 'Not in this spreadsheet' },
              ...Array.from({ length: width }, (_, column) => ({ value: String(column), label: columnName(header, column) })),
            ]}
          />
        )
      })}
      {themes.length > 0 ? (
        <Select
          id="default-theme"
          label="Theme for rows that name none (optional)"
          hint="Rows whose theme cell is blank, with no theme above them, or every row if the spreadsheet has no theme column."
          value={draft.defaultTheme}
          onChange={onDefaultTheme}
          options={[{ value: '', label: 'None' }, ...themes.map((theme) => ({ value: theme.title, label: theme.title }))]}
          error={errors['default-theme']}
        />
      ) : null}
    </>
  )
}
