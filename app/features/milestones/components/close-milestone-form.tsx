import { closeMilestoneInputSchema, type Milestone } from '@/contract/milestones'
import { ErrorSummary } from '@/components/error-summary'
import { Textarea } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import type { useCloseMilestone } from '../api/close-milestone'

interface CloseMilestoneFormProps {
  milestone: Milestone
  mutation: ReturnType<typeof useCloseMilestone>
  onSaved: (milestone: Milestone) => void
  labelledBy: string
}

const fieldId = (path: string) => `close-${path.split('.')[0]}`

/** Closing a milestone whose history must be kept: the board chair, with the reason. */
export function CloseMilestoneForm({ milestone, mutation, onSaved, labelledBy }: CloseMilestoneFormProps) {
  const form = useForm({
    draftKey: `close-milestone:${milestone.id}`,
    initial: { reason: '' },
    schema: closeMilestoneInputSchema,
    fieldOrder: ['reason'],
    toInput: (draft) => ({ input: { reason: draft.reason } }),
    conflictMessage: 'Not saved: someone else changed this milestone since you opened it. Its page now shows the change; what you typed is kept.',
  })
  const { draft, set, errors, byField } = form
  const submit = form.handleSubmit<Milestone>((input, callbacks) => mutation.mutate({ milestoneId: milestone.id, version: milestone.version, input }, callbacks), onSaved)
  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <ErrorSummary errors={errors} fieldId={fieldId} />
      <Textarea
        id={fieldId('reason')}
        label="Why is the milestone closed?"
        hint="For example, “Superseded by the new front door model agreed by the board on 3 December”. Shown with the milestone wherever it appears."
        value={draft.reason}
        onChange={(reason) => set({ reason })}
        error={byField.reason}
        rows={3}
      />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={mutation.isPending}>
        {mutation.isPending ? 'Closing…' : 'Close the milestone'}
      </button>
    </form>
  )
}
