import { useState, type FormEvent, type ReactNode } from 'react'
import { MINUTES_MAX_CHARACTERS, minutesProposalsInputSchema, type MinutesProposal } from '@/contract/minutes'
import { ErrorSummary } from '@/components/error-summary'
import { Textarea } from '@/components/form-fields'
import { isApiError } from '@/lib/api-error'
import { failureMessage } from '@/lib/form-errors'
import { useForm } from '@/lib/use-form'
import { useFindMinutesProposals } from '../api/find-minutes-proposals'
import { minutesTextDraftKey } from '../review-state'
import { wholeNumber } from '@/lib/plural'

interface MinutesFormProps {
  boardId: string
  meetingId: string
  onFound: (proposals: MinutesProposal[]) => void
  cancel: ReactNode
}

/** The minutes' field: every error is about the text, whatever the API names. */
const fieldId = () => 'minutes'

/**
 * Step 1: the minutes pasted as plain text, kept as a draft as they are typed (a reload, or a
 * refusal, loses nothing), and read for proposals. Reading writes nothing.
 */
export function MinutesForm({ boardId, meetingId, onFound, cancel }: MinutesFormProps) {
  const find = useFindMinutesProposals()
  // A refusal that is not about the text (not allowed; the service not answering): said above it, never "not saved".
  const [problem, setProblem] = useState<string | null>(null)
  const form = useForm({
    draftKey: minutesTextDraftKey(meetingId),
    initial: { text: '' },
    schema: minutesProposalsInputSchema,
    fieldOrder: ['text'],
    toInput: (draft) => ({ input: { boardId, meetingId, text: draft.text } }),
  })
  const { draft, set, byField } = form

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setProblem(null)
    const input = form.check()
    if (!input) return
    // The text stays in its draft after reading: the person may come back to change it.
    find.mutate(input, { onSuccess: onFound, onError: (error) => (isApiError(error, 400) ? form.failed(error) : setProblem(failureMessage(error))) })
  }
  const errors = problem ? [{ path: '', message: problem }, ...form.errors] : form.errors

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={fieldId} />
      <Textarea
        id="minutes"
        label="The minutes"
        hint={`Paste them as published, as plain text: from the council’s website or the document. Up to ${wholeNumber(MINUTES_MAX_CHARACTERS)} characters. They are kept in this browser until you finish, so you can come back to them.`}
        value={draft.text}
        onChange={(text) => set({ text })}
        error={byField.text ?? byField.boardId ?? byField.meetingId}
        rows={16}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={find.isPending}>
          {find.isPending ? 'Reading the minutes…' : 'Find what the minutes record'}
        </button>
        {cancel}
      </div>
    </form>
  )
}
