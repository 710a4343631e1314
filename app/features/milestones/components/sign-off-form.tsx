import { signOffInputSchema, type Milestone, type MilestoneUpdateResult } from '@/contract/milestones'
import { ragLabels } from '@/contract/rag-status'
import { ErrorSummary } from '@/components/error-summary'
import { Radios, Textarea } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import type { useSignOffMilestone } from '../api/sign-off-milestone'

interface SignOffFormProps {
  milestone: Milestone
  /** The status it goes back to if sent back. */
  returnsTo: keyof typeof ragLabels
  mutation: ReturnType<typeof useSignOffMilestone>
  onSaved: (result: MilestoneUpdateResult) => void
  labelledBy: string
}

const fieldId = (path: string) => `sign-off-${path.split('.')[0]}`

/** The board chair signs a completion off, or sends it back to its owner with the reason. */
export function SignOffForm({ milestone, returnsTo, mutation, onSaved, labelledBy }: SignOffFormProps) {
  const form = useForm({
    draftKey: `sign-off:${milestone.id}`,
    initial: { decision: '', reason: '' },
    schema: signOffInputSchema,
    fieldOrder: ['decision', 'reason'],
    toInput: (draft) => ({
      input: draft.decision === 'sent-back' ? { decision: draft.decision, reason: draft.reason } : { decision: draft.decision || undefined },
    }),
    conflictMessage: 'Not saved: someone else changed this milestone since you opened it. Its page now shows the change; what you typed is kept.',
  })
  const { draft, set, errors, byField } = form
  const submit = form.handleSubmit<MilestoneUpdateResult>((input, callbacks) => mutation.mutate({ milestoneId: milestone.id, version: milestone.version, input }, callbacks), onSaved)
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
          { value: 'signed-off', label: 'Sign it off', hint: 'The evidence is enough: it counts as complete from now on.' },
          { value: 'sent-back', label: 'Send it back to its owner', hint: `It returns to ${ragLabels[returnsTo]} until its owner updates it again.` },
        ]}
      />
      {draft.decision === 'sent-back' ? (
        <Textarea
          id={fieldId('reason')}
          label="Why is it sent back?"
          hint="What is missing from the evidence, or what still needs doing. Kept in the milestone’s history."
          value={draft.reason}
          onChange={(reason) => set({ reason })}
          error={byField.reason}
          rows={3}
        />
      ) : null}
      <button type="submit" className="govuk-button" disabled={mutation.isPending}>
        {mutation.isPending ? 'Saving…' : 'Save the decision'}
      </button>
    </form>
  )
}
