import { proposeDateChangeInputSchema, type DateChangeResult } from '@/contract/date-changes'
import type { Milestone } from '@/contract/milestones'
import { DateInput, emptyDate, isoFromParts, type DateParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { Textarea } from '@/components/form-fields'
import type { DateChangeRoute } from '@/domain/milestone-lifecycle'
import { formatDate } from '@/lib/dates'
import { useForm } from '@/lib/use-form'
import type { useChangeDueDate } from '../api/change-due-date'

interface Draft {
  toDate: DateParts
  reason: string
}

interface DateChangeFormProps {
  milestone: Milestone
  /** What saving will do: propose to the chair, agree at once (the chair), or simply change (a draft plan). */
  route: DateChangeRoute
  boardName: string
  mutation: ReturnType<typeof useChangeDueDate>
  onSaved: (result: DateChangeResult) => void
  /** The id of the heading that names the form. */
  labelledBy: string
}

const fieldId = (path: string) => `date-change-${path.split('.')[0]}`

/** A new due date with its reason: a proposal to the board chair, or the chair's own agreed change. */
export function DateChangeForm({ milestone, route, boardName, mutation, onSaved, labelledBy }: DateChangeFormProps) {
  const form = useForm({
    draftKey: `date-change:${milestone.id}`,
    initial: { toDate: emptyDate, reason: '' } as Draft,
    schema: proposeDateChangeInputSchema,
    fieldOrder: ['toDate', 'reason'],
    toInput: (draft) => {
      const toDate = isoFromParts(draft.toDate)
      return {
        input: { toDate: toDate ?? undefined, reason: draft.reason },
        problems:
          toDate === null
            ? [{ path: 'toDate', message: 'The new due date must be a real date, like 1 6 2027' }]
            : toDate === milestone.dueDate
              ? [{ path: 'toDate', message: `The milestone is already due on ${formatDate(milestone.dueDate)}: enter a different date` }]
              : [],
      }
    },
    conflictMessage: 'Not saved: someone else changed this milestone since you opened it. Its page now shows the change; what you typed is kept.',
  })
  const { draft, set, errors, byField } = form
  const submit = form.handleSubmit<DateChangeResult>((input, callbacks) => mutation.mutate({ milestoneId: milestone.id, version: milestone.version, input }, callbacks), onSaved)
  const effect = {
    proposed: `The due date stays ${formatDate(milestone.dueDate)} until the chair of ${boardName} agrees the new one.`,
    agreed: 'As the board’s chair, your new date takes effect at once and is recorded as agreed by you.',
    direct: 'The plan is still a draft, so the due date simply changes. Once the plan is agreed, new dates need the chair’s agreement.',
  }[route]

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <ErrorSummary errors={errors} fieldId={fieldId} />
      <p className="govuk-body">{effect}</p>
      <DateInput
        id={fieldId('toDate')}
        legend={route === 'proposed' ? 'Proposed new due date' : 'New due date'}
        hint={`Currently due ${formatDate(milestone.dueDate)}. For example, 1 6 2027.`}
        value={draft.toDate}
        onChange={(toDate) => set({ toDate })}
        error={byField.toDate}
      />
      <Textarea
        id={fieldId('reason')}
        label="Why does the date need to change?"
        hint="What has changed, and what is being done meanwhile. The board sees this in the meeting pack."
        value={draft.reason}
        onChange={(reason) => set({ reason })}
        error={byField.reason}
        rows={4}
      />
      <button type="submit" className="govuk-button" disabled={mutation.isPending}>
        {mutation.isPending ? 'Saving…' : route === 'proposed' ? 'Propose the new date' : 'Change the due date'}
      </button>
    </form>
  )
}
