import { useState } from 'react'
import { actionSchema, updateActionInputSchema, type Action } from '@/contract/actions'
import { ErrorSummary } from '@/components/error-summary'
import { Textarea } from '@/components/form-fields'
import { formatDate } from '@/lib/dates'
import { useForm } from '@/lib/use-form'
import type { useUpdateAction } from '../api/update-action'
import { ActionStatusTag } from './action-status-tag'

interface CompleteActionFormProps {
  action: Action
  /** The page's mutation, so it can say what was saved. */
  mutation: ReturnType<typeof useUpdateAction>
}

/** Marks an open action done, or a done one open again, with a note (its owner, or the board's chair). */
export function CompleteActionForm({ action, mutation: update }: CompleteActionFormProps) {
  const done = action.status === 'done'
  // The version the person saw: a change by someone else since then is a conflict, not overwritten.
  const [baseVersion, setBaseVersion] = useState(action.version)
  const form = useForm({
    draftKey: `action-${done ? 'reopen' : 'done'}:${action.id}`,
    initial: { note: '' },
    schema: updateActionInputSchema,
    fieldOrder: ['note'],
    toInput: (draft) => ({ input: { status: done ? 'open' : 'done', note: draft.note } }),
    conflictSchema: actionSchema,
  })
  const { draft, set, byField, conflict } = form
  const saveFrom = (version: number) =>
    form.handleSubmit<Action>((input, callbacks) => update.mutate({ id: action.id, version, input }, callbacks), (saved) => setBaseVersion(saved.version))

  return (
    <form onSubmit={saveFrom(baseVersion)} noValidate aria-labelledby="complete-action">
      <h2 className="govuk-heading-m" id="complete-action">
        {done ? 'Open the action again' : 'Mark as done'}
      </h2>
      <ErrorSummary errors={form.errors} />
      {conflict ? (
        <div className="govuk-notification-banner" role="alert" aria-labelledby="action-conflict-title">
          <div className="govuk-notification-banner__header">
            <h3 className="govuk-notification-banner__title" id="action-conflict-title">
              Not saved: someone else changed this action
            </h3>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-body">
              While you were writing, the action was changed. It is now <ActionStatusTag action={conflict} />
              {conflict.status === 'done' && conflict.doneAt ? `, done on ${formatDate(conflict.doneAt.slice(0, 10))}` : ''}.
            </p>
            <p className="govuk-body">Your note is still here, unsaved. Reload the page to see their change, or save yours on top.</p>
            <button
              type="button"
              className="govuk-button"
              disabled={update.isPending}
              onClick={(event) => {
                setBaseVersion(conflict.version)
                saveFrom(conflict.version)(event)
              }}
            >
              Save mine on top
            </button>
          </div>
        </div>
      ) : null}
      <Textarea
        id="note"
        label={done ? 'Why it is open again (optional)' : 'Note (optional)'}
        hint={done ? 'For example, the report was not accepted.' : 'What was done, or why the action is closed. The board sees it in the action log.'}
        value={draft.note}
        onChange={(note) => set({ note })}
        error={byField.note}
        rows={3}
      />
      <button type="submit" className={`govuk-button${done ? ' govuk-button--secondary' : ''}`} disabled={update.isPending || conflict !== null}>
        {update.isPending ? 'Saving…' : done ? 'Open it again' : 'Mark as done'}
      </button>
    </form>
  )
}
