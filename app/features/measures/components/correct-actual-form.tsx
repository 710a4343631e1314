import { useState } from 'react'
import { correctActualInputSchema, type Measure, type MeasureActual } from '@/contract/measures'
import { ErrorSummary } from '@/components/error-summary'
import { Textarea, TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useCorrectActual } from '../api/record-actual'
import { formatFigure, parseFigure, valueWithUnit } from '../format'

interface Draft {
  value: string
  note: string
}

interface CorrectActualFormProps {
  measure: Measure
  actual: MeasureActual
  onSaved: (actual: MeasureActual) => void
  onCancel: () => void
}

/** Corrects one month's value and note; who first recorded it stays, and the old value is kept with the correction. */
export function CorrectActualForm({ measure, actual, onSaved, onCancel }: CorrectActualFormProps) {
  // The version the person saw when they began: a correction by someone else since then is a conflict.
  const [baseVersion] = useState(actual.version)
  const mutation = useCorrectActual()
  const form = useForm({
    draftKey: `measure-actual-correct:${measure.id}:${actual.month}`,
    initial: { value: formatFigure(actual.value).replace(/,/g, ''), note: actual.note } satisfies Draft,
    schema: correctActualInputSchema,
    fieldOrder: ['value', 'note'],
    toInput: (draft) => ({ input: { value: parseFigure(draft.value), note: draft.note } }),
    conflictMessage: 'Not saved: someone else corrected this month since you opened it. Reload the page to see their change; what you typed here is kept.',
  })
  const { draft, set, errors, byField } = form
  const submit = form.handleSubmit<MeasureActual>(
    (input, callbacks) => mutation.mutate({ measureId: measure.id, month: actual.month, version: baseVersion, input }, callbacks),
    onSaved,
  )

  return (
    <form onSubmit={submit} noValidate aria-labelledby="correct-actual">
      {/* Its fields carry a prefix: the page also holds the form that records a new month. */}
      <ErrorSummary errors={errors} fieldId={(path) => `correct-${path.split('.')[0]}`} />
      <p className="govuk-body">
        Recorded now as {valueWithUnit(actual.value, measure.unit)}. The first figure and who recorded it stay in the record, with your correction.
      </p>
      <TextInput
        id="correct-value"
        label={measure.unit === '%' ? 'Corrected value (%)' : `Corrected value (${measure.unit})`}
        hint="As a number, for example 20.5."
        value={draft.value}
        onChange={(value) => set({ value })}
        error={byField.value}
        inputMode="decimal"
        widthClass="govuk-input--width-10"
      />
      <Textarea id="correct-note" label="Note (optional)" hint="Say why it changed, for example “Two assessments were closed in the wrong month”." value={draft.note} onChange={(note) => set({ note })} error={byField.note} rows={3} />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={mutation.isPending}>
          {mutation.isPending ? 'Saving…' : 'Save correction'}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            form.discard()
            onCancel()
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  )
}
