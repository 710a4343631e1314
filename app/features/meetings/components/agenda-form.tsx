import { useEffect, useState, type ReactNode } from 'react'
import { meetingSchema, updateMeetingInputSchema, type AgendaItemKind, type Meeting } from '@/contract/meetings'
import { ErrorSummary } from '@/components/error-summary'
import { TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useUpdateMeeting } from '../api/update-meeting'
import { addRow, agendaInput, mayRemoveRow, moveRow, rowsFromAgenda, type AgendaRow } from '../agenda-rules'
import { ConflictNotice } from './conflict-notice'
import { countOf } from '@/lib/plural'

interface Draft {
  /** The meeting's version when the person began: a change by someone else since then is a conflict. */
  version: number
  items: AgendaRow[]
}

interface AgendaFormProps {
  meeting: Meeting
  /** How many actions were raised under an item: such an item stays on the agenda. */
  actionsUnder: (itemId: string) => number
  onSaved: (meeting: Meeting) => void
  /** Shown beside the save button: the way back. */
  cancel: ReactNode
}

const standingHints: Partial<Record<AgendaItemKind, string>> = {
  apologies: 'Standing item',
  minutes: 'Standing item',
  progress: 'Standing item: the plan’s progress report',
  aob: 'Standing item',
}

const draftFrom = (meeting: Meeting): Draft => ({ version: meeting.version, items: rowsFromAgenda(meeting.agenda) })

/** Each error's field: `agenda.N.title` is item N's title; anything else about item N, the item. */
function agendaFieldId(rows: AgendaRow[]) {
  return (path: string) => {
    const match = /^agenda\.(\d+)(?:\.(\w+))?/.exec(path)
    if (!match) return 'agenda-items'
    const index = Number(match[1])
    return rows[index] && rows[index].kind !== 'report' && (match[2] === 'title' || match[2] === undefined) ? `agenda-title-${index}` : `agenda-item-${index}`
  }
}

/**
 * The chair's agenda: items moved up or down one place at a time (buttons, so a keyboard or a
 * switch does it as well as a mouse), added, renamed and removed; a report's item stays while the
 * report is due. Saved whole.
 */
export function AgendaForm({ meeting, actionsUnder, onSaved, cancel }: AgendaFormProps) {
  const update = useUpdateMeeting()
  const form = useForm({
    draftKey: `meeting-agenda:${meeting.id}`,
    initial: draftFrom(meeting),
    schema: updateMeetingInputSchema,
    fieldOrder: ['agenda'],
    toInput: (draft: Draft) => ({ input: { agenda: agendaInput(draft.items) } }),
    conflictSchema: meetingSchema,
  })
  const { draft, set, errors, conflict } = form
  const rows = draft.items
  const fieldId = agendaFieldId(rows)
  const errorAt = (index: number, field: 'title' | 'item') =>
    errors.find((error) => fieldId(error.path) === (field === 'title' ? `agenda-title-${index}` : `agenda-item-${index}`))?.message
  // After a move, add or remove, focus goes where the person's attention is, and a screen reader hears what happened.
  const [focusId, setFocusId] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  useEffect(() => {
    if (!focusId) return
    document.getElementById(focusId)?.focus()
    setFocusId(null)
  }, [focusId])

  const label = (row: AgendaRow, index: number) => `item ${index + 1}, ${row.title || 'untitled'}`
  const move = (row: AgendaRow, by: -1 | 1) => {
    const next = moveRow(rows, row.key, by)
    const to = next.findIndex((candidate) => candidate.key === row.key)
    set({ items: next })
    const same = by === -1 ? to > 0 : to < next.length - 1
    setFocusId(`move-${(by === -1) === same ? 'up' : 'down'}-${row.key}`)
    setAnnouncement(`Moved ${by === -1 ? 'up' : 'down'}: ${label(row, to)}.`)
  }
  const add = () => {
    const key = `new-${crypto.randomUUID()}`
    const next = addRow(rows, key)
    set({ items: next })
    setFocusId(`agenda-title-${next.findIndex((row) => row.key === key)}`)
    setAnnouncement('')
  }
  const remove = (row: AgendaRow, index: number) => {
    const next = rows.filter((candidate) => candidate.key !== row.key)
    set({ items: next })
    setFocusId(next.length === 0 ? 'add-item' : `agenda-item-${Math.min(index, next.length - 1)}`)
    setAnnouncement(`Removed ${label(row, index)}. Items after it move up one number.`)
  }

  const saveFrom = (version: number) => form.handleSubmit<Meeting>((input, callbacks) => update.mutate({ id: meeting.id, version, input }, callbacks), onSaved)

  return (
    <form onSubmit={saveFrom(draft.version)} noValidate>
      <ErrorSummary errors={errors} fieldId={fieldId} />
      {conflict ? (
        <ConflictNotice
          title="Not saved: someone else changed this meeting"
          saveLabel="Save my agenda on top"
          discardLabel="Discard my changes"
          saving={update.isPending}
          onSave={(event) => {
            set({ version: conflict.version })
            saveFrom(conflict.version)(event)
          }}
          onDiscard={() => {
            set(draftFrom(conflict))
            form.dismissConflict()
          }}
        >
          <p className="govuk-body">
            While you were working, the meeting was changed. Its agenda now has {conflict.agenda.length} items:{' '}
            {conflict.agenda.map((item, index) => `${index + 1}. ${item.title}`).join('; ')}.
          </p>
        </ConflictNotice>
      ) : null}
      <p className="govuk-body">Items are numbered in this order. Move an item up or down one place at a time.</p>
      <ol className="app-agenda app-agenda--editing" id="agenda-items" tabIndex={-1} aria-label="Agenda items">
        {rows.map((row, index) => {
          const actions = row.id ? actionsUnder(row.id) : 0
          const itemError = errorAt(index, 'item')
          return (
            <li key={row.key} className={`app-agenda__item${itemError ? ' govuk-form-group--error' : ''}`} id={`agenda-item-${index}`} tabIndex={-1}>
              {row.kind === 'report' ? (
                <>
                  <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                    <span className="app-agenda__number">{index + 1}.</span> {row.title}
                  </h3>
                  <p className="govuk-hint">A report due at this meeting: it leaves the agenda when the report is moved to another meeting.</p>
                </>
              ) : (
                <TextInput
                  id={`agenda-title-${index}`}
                  label={`Item ${index + 1}`}
                  labelClassName="govuk-label--s"
                  hint={row.id ? standingHints[row.kind] : 'New item'}
                  value={row.title}
                  onChange={(title) => set({ items: rows.map((candidate) => (candidate.key === row.key ? { ...candidate, title } : candidate)) })}
                  error={errorAt(index, 'title')}
                  spellCheck
                />
              )}
              {itemError ? (
                <p className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {itemError}
                </p>
              ) : null}
              <div className="govuk-button-group app-agenda__controls">
                {index > 0 ? (
                  <button type="button" id={`move-up-${row.key}`} className="govuk-button govuk-button--secondary" onClick={() => move(row, -1)}>
                    Move up<span className="govuk-visually-hidden"> {label(row, index)}</span>
                  </button>
                ) : null}
                {index < rows.length - 1 ? (
                  <button type="button" id={`move-down-${row.key}`} className="govuk-button govuk-button--secondary" onClick={() => move(row, 1)}>
                    Move down<span className="govuk-visually-hidden"> {label(row, index)}</span>
                  </button>
                ) : null}
                {mayRemoveRow(row) && actions === 0 ? (
                  <button type="button" className="govuk-button govuk-button--secondary" onClick={() => remove(row, index)}>
                    Remove<span className="govuk-visually-hidden"> {label(row, index)}</span>
                  </button>
                ) : null}
              </div>
              {mayRemoveRow(row) && actions > 0 ? (
                <p className="govuk-hint">
                  {countOf(actions, 'action was', 'actions were')} agreed under this item, so it stays on the agenda.
                </p>
              ) : null}
            </li>
          )
        })}
      </ol>
      <button type="button" id="add-item" className="govuk-button govuk-button--secondary" onClick={add}>
        Add an item
      </button>
      <p className="govuk-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save the agenda'}
        </button>
        {cancel}
      </div>
    </form>
  )
}
