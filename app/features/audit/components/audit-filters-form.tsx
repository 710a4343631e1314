import { useState, type FormEvent } from 'react'
import type { AuditQuery } from '@/contract/audit'
import type { FieldError } from '@/contract/problem'
import { DateInput, partsFromIso } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { Select } from '@/components/form-fields'
import { auditFiltersFromForm, type AuditFilterForm } from '../filters'

interface AuditFiltersFormProps {
  /** The filters as the URL holds them. */
  query: AuditQuery
  /** What is wrong with the filters, shown in the error summary and beside each field; the page also says so in its title. */
  errors: FieldError[]
  onErrors: (errors: FieldError[]) => void
  boards: Array<{ id: string; name: string }>
  people: Array<{ id: string; name: string }>
  /** "All boards", or "All the boards you chair". */
  allBoardsLabel: string
  /** Shows the first page of changes for filters that are right. */
  onShow: (query: AuditQuery) => void
}

/**
 * The audit's filters: a board, who made the change, and dates from and to. Checked as the API
 * checks them, the problems listed in a GOV.UK error summary; the page puts the filters in its URL.
 */
export function AuditFiltersForm({ query, errors, onErrors, boards, people, allBoardsLabel, onShow }: AuditFiltersFormProps) {
  const [form, setForm] = useState<AuditFilterForm>({
    boardId: query.boardId ?? '',
    personId: query.personId ?? '',
    from: partsFromIso(query.from),
    to: partsFromIso(query.to),
  })
  const byField = (path: string) => errors.find((error) => error.path === path)?.message
  const boardIds = boards.map((board) => board.id)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = auditFiltersFromForm(form, boardIds)
    onErrors(checked.errors)
    if (checked.errors.length === 0) onShow(checked.query)
  }

  return (
    <form onSubmit={submit} noValidate className="govuk-!-margin-bottom-6 app-no-print">
      <ErrorSummary errors={errors} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Select
            id="boardId"
            label="Board"
            value={form.boardId}
            onChange={(boardId) => setForm({ ...form, boardId })}
            error={byField('boardId')}
            options={[{ value: '', label: allBoardsLabel }, ...boards.map((board) => ({ value: board.id, label: board.name }))]}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Select
            id="personId"
            label="Changed by"
            value={form.personId}
            onChange={(personId) => setForm({ ...form, personId })}
            error={byField('personId')}
            options={[{ value: '', label: 'Anyone' }, ...people.map((person) => ({ value: person.id, label: person.name }))]}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <DateInput id="from" legend="From" hint="For example, 1 11 2026" value={form.from} onChange={(from) => setForm({ ...form, from })} error={byField('from')} />
        </div>
        <div className="govuk-grid-column-one-half">
          <DateInput id="to" legend="To" hint="For example, 30 11 2026" value={form.to} onChange={(to) => setForm({ ...form, to })} error={byField('to')} />
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
        Show changes
      </button>
    </form>
  )
}
