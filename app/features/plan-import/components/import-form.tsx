import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import type { Board } from '@/contract/boards'
import { createPlanImportInputSchema, type CreatePlanImportInput, type PlanImport, type PlanImportResult } from '@/contract/imports'
import type { Milestone } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Plan } from '@/contract/plans'
import type { Rag } from '@/contract/rag'
import { repeatImportMessage } from '@/domain/plan-import'
import { ErrorSummary } from '@/components/error-summary'
import { WarningText } from '@/components/warning-text'
import { isApiError } from '@/lib/api-error'
import { useForm } from '@/lib/use-form'
import { useCreatePlanImport } from '../api/create-plan-import'
import { findHeaderRow, guessColumns, importFields, type ImportField } from '../columns'
import { buildImportRequest, placeApiError, tally, type OwnerChoice } from '../proposal'
import type { Workbook } from '../read-file'
import { ColumnQuestions } from './column-questions'
import { OwnerQuestions } from './owner-questions'
import { PreviewTable } from './preview-table'
import { importedInWords } from '../imported-in-words'
import { propose, type ImportDraft } from '../propose'
import { StatusQuestions } from './status-questions'
import { byCount, countOf } from '@/lib/plural'

interface ImportFormProps {
  workbook: Workbook
  plan: Plan
  board: Board
  people: Person[]
  /** The plan's milestones as they are, to notice an action brought in twice. */
  milestones: Milestone[]
  /** Spreadsheets imported into this plan before. */
  imports: PlanImport[]
  onImported: (result: PlanImportResult, inWords: string) => void
}

/** The first sheet with anything in it, its headings found and its columns guessed. */
function initialDraft(workbook: Workbook): ImportDraft {
  const sheet = workbook.sheets.find((each) => each.rows.length > 0) ?? workbook.sheets[0]!
  const headerRow = findHeaderRow(sheet.rows)
  return { sheet: sheet.name, headerRow, columns: columnsDraft(guessColumns(sheet.rows[headerRow] ?? [])), defaultTheme: '', statuses: {}, owners: {}, leaveOut: false }
}

const columnsDraft = (mapping: Record<ImportField, number | null>) =>
  Object.fromEntries(importFields.map((field) => [field, mapping[field] === null ? '' : String(mapping[field])])) as Record<ImportField, string>

/** Map the columns, answer who the owners are and what the statuses mean, check every row, then import in one go. */
export function ImportForm({ workbook, plan, board, people, milestones, imports, onImported }: ImportFormProps) {
  const [repeat, setRepeat] = useState<string | null>(null)
  const sent = useRef<CreatePlanImportInput | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const create = useCreatePlanImport()
  const context = { workbook, plan, people, milestones }
  const form = useForm({
    draftKey: `plan-import:${plan.id}:${workbook.fileHash}`,
    initial: initialDraft(workbook),
    schema: createPlanImportInputSchema,
    // Problems come in the order of the page already.
    fieldOrder: [],
    toInput: (draft: ImportDraft) => {
      const proposal = propose(draft, context)
      if (proposal.mapping.length > 0) return { input: null, problems: proposal.mapping, covers: ['', 'fileName', 'fileHash', 'rows', 'newPeople'] }
      const built = buildImportRequest({ ...proposal.request, fileName: workbook.fileName, fileHash: workbook.fileHash, leaveOut: draft.leaveOut, confirmRepeat: false })
      return { input: built.input, problems: built.problems, covers: ['rows', 'newPeople'] }
    },
  })
  const { draft, set } = form
  const proposal = useMemo(() => propose(draft, context), [draft, workbook, plan, people, milestones])
  const counts = tally(proposal.rows)
  const previous = imports.find((record) => record.fileHash === workbook.fileHash)
  const importerName = (id: string) => people.find((person) => person.id === id)?.name ?? 'someone no longer known'

  // Once read, the person is taken to what the file holds.
  useEffect(() => heading.current?.focus(), [])

  const errors = form.errors.map((error) => (sent.current ? placeApiError(error, sent.current, proposal.owners) : error))
  const byId = Object.fromEntries(errors.filter((error) => error.path !== '').map((error) => [error.path, error.message]))

  const send = (confirmRepeat: boolean) => {
    const input = form.check()
    if (!input) return
    const body = { ...input, confirmRepeat }
    sent.current = body
    setRepeat(null)
    create.mutate(
      { planId: plan.id, input: body },
      {
        onSuccess: (result) => {
          form.saved()
          onImported(result, importedInWords(result, workbook.fileName, draft.leaveOut ? counts.withProblems : 0))
        },
        onError: (error) => {
          if (isApiError(error, 409)) setRepeat(error.problem.detail ?? error.message)
          else form.failed(error)
        },
      },
    )
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    send(false)
  }

  const readyCount = counts.ready
  const setStatus = (key: string, rag: Rag | '') => set({ statuses: { ...draft.statuses, [key]: rag } })
  const setOwner = (key: string, choice: OwnerChoice) => set({ owners: { ...draft.owners, [key]: choice } })

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={(path) => path} />
      <h2 className="govuk-heading-l" tabIndex={-1} ref={heading}>
        Check and import “{workbook.fileName}”
      </h2>
      {previous ? <WarningText>{repeatImportMessage(previous, importerName(previous.importedById))}</WarningText> : null}

      <h2 className="govuk-heading-m">Columns</h2>
      <ColumnQuestions
        workbook={workbook}
        draft={draft}
        themes={plan.themes}
        errors={byId}
        onSheet={(sheet) => {
          const rows = workbook.sheets.find((each) => each.name === sheet)?.rows ?? []
          const headerRow = findHeaderRow(rows)
          set({ sheet, headerRow, columns: columnsDraft(guessColumns(rows[headerRow] ?? [])) })
        }}
        onHeaderRow={(headerRow) => set({ headerRow, columns: columnsDraft(guessColumns(proposal.sheetRows[headerRow] ?? [])) })}
        onColumn={(field, column) => set({ columns: { ...draft.columns, [field]: column } })}
        onDefaultTheme={(defaultTheme) => set({ defaultTheme })}
      />

      {proposal.mapping.length > 0 ? (
        <>
          <p className="govuk-body">To see every row of the spreadsheet as it would be imported:</p>
          <ul className="govuk-list govuk-list--bullet">
            {proposal.mapping.map((problem) => (
              <li key={problem.path}>{problem.message}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <h2 className="govuk-heading-m">Statuses</h2>
          <StatusQuestions statuses={proposal.statuses} choices={draft.statuses} onChange={setStatus} errors={byId} />

          <h2 className="govuk-heading-m">Owners</h2>
          <OwnerQuestions owners={proposal.owners} choices={draft.owners} onChange={setOwner} people={people} board={board} errors={byId} />

          <h2 className="govuk-heading-m">Check every row</h2>
          <p className="govuk-body app-table-count" role="status" aria-live="polite">
            {countOf(readyCount, 'milestone', 'milestones')} ready to import
            {counts.withProblems > 0 ? `, ${countOf(counts.withProblems, 'row has problems', 'rows have problems')}` : ''}
            {counts.blank > 0 ? `, ${countOf(counts.blank, 'blank row', 'blank rows')} skipped` : ''}
            {counts.themeHeadings > 0 ? `, ${countOf(counts.themeHeadings, 'theme heading', 'theme headings')}` : ''}.
          </p>
          {proposal.newThemes.length > 0 ? (
            <p className="govuk-body">
              New {byCount(proposal.newThemes.length, 'theme', 'themes')} to add to the plan: {proposal.newThemes.join('; ')}.
            </p>
          ) : null}
          <PreviewTable rows={proposal.rows} leaveOut={draft.leaveOut} />

          <h2 className="govuk-heading-m">Import</h2>
          {counts.withProblems > 0 && readyCount > 0 ? (
            <div className="govuk-form-group">
              <div className="govuk-checkboxes" data-module="govuk-checkboxes">
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id="leave-out" type="checkbox" checked={draft.leaveOut} onChange={(event) => set({ leaveOut: event.target.checked })} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="leave-out">
                    Leave out the {countOf(counts.withProblems, 'row', 'rows')} with problems and import the other {readyCount}
                  </label>
                </div>
              </div>
            </div>
          ) : null}
          <p className="govuk-body">
            Everything is imported in one go, or nothing is. Each milestone’s history will say it came from this spreadsheet, and who imported it.
            {plan.status === 'agreed' ? ' The plan is agreed: each milestone’s due date becomes its baseline.' : ' The plan is a draft: baselines are set when it is agreed.'}
          </p>
          {repeat ? (
            <div className="govuk-inset-text" role="alert">
              <p className="govuk-body">{repeat}</p>
              <div className="govuk-button-group">
                <button type="button" className="govuk-button govuk-button--warning" onClick={() => send(true)} disabled={create.isPending}>
                  Import it again anyway
                </button>
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setRepeat(null)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : null}
          <button type="submit" className="govuk-button" disabled={create.isPending}>
            {create.isPending ? 'Importing…' : `Import ${countOf(readyCount, 'milestone', 'milestones')}`}
          </button>
        </>
      )}
    </form>
  )
}
