import { decideDateChangeInputSchema, type DateChange, type DateChangeResult } from '@/contract/date-changes'
import type { Milestone } from '@/contract/milestones'
import { ErrorSummary } from '@/components/error-summary'
import { Radios, Textarea } from '@/components/form-fields'
import { formatDate } from '@/lib/dates'
import { useForm } from '@/lib/use-form'
import type { useDecideDateChange } from '../api/decide-date-change'

interface DateDecisionFormProps {
  milestone: Milestone
  change: DateChange
  mutation: ReturnType<typeof useDecideDateChange>
  onSaved: (result: DateChangeResult) => void
  labelledBy: string
}

const fieldId = (path: string) => `date-decision-${path.split('.')[0]}`

/** The board chair agrees a proposed new date, or refuses it with the reason. */
export function DateDecisionForm({ milestone, change, mutation, onSaved, labelledBy }: DateDecisionFormProps) {
  const form = useForm({
    draftKey: `date-decision:${change.id}`,
    initial: { decision: '', note: '' },
    schema: decideDateChangeInputSchema,
    fieldOrder: ['decision', 'note'],
    toInput: (draft) => ({ input: { decision: draft.decision || undefined, note: draft.note.trim() === '' ? undefined : draft.note } }),
    conflictMessage: 'Not saved: someone else changed this milestone since you opened it. Its page now shows the change; what you typed is kept.',
  })
  const { draft, set, errors, byField } = form
  const submit = form.handleSubmit<DateChangeResult>(
    (input, callbacks) => mutation.mutate({ milestoneId: milestone.id, changeId: change.id, version: milestone.version, input }, callbacks),
    onSaved,
  )
  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <ErrorSummary errors={errors} fieldId={fieldId} />
      <Radios
        id={fieldId('decision')}
        legend="Your decision"
        value={draft.decision}
        onChange={(decision) => set({ decision })}
        error={byField.decision}
        options={[
          { value: 'agreed', label: `Agree: due ${formatDate(change.toDate)}`, hint: `The baseline stays ${formatDate(milestone.baselineDueDate ?? change.fromDate)}, so the slippage shows.` },
          { value: 'refused', label: `Refuse: the due date stays ${formatDate(change.fromDate)}`, hint: 'Say why, so the owner knows what the board expects instead.' },
        ]}
      />
      <Textarea
        id={fieldId('note')}
        label={draft.decision === 'refused' ? 'Why is the new date refused?' : 'Note (optional when agreeing)'}
        hint="Kept in the milestone’s history and shown in the meeting pack."
        value={draft.note}
        onChange={(note) => set({ note })}
        error={byField.note}
        rows={3}
      />
      <button type="submit" className="govuk-button" disabled={mutation.isPending}>
        {mutation.isPending ? 'Saving…' : 'Save the decision'}
      </button>
    </form>
  )
}
