import type { Board } from '@/contract/boards'
import { createMeetingInputSchema, type Meeting } from '@/contract/meetings'
import { DateInput, emptyDate, isoFromParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useCreateMeeting } from '../api/create-meeting'

interface MeetingFormProps {
  board: Board
  onScheduled: (meeting: Meeting) => void
}

/** Schedules a meeting of one board: its date and, if known, where. */
export function MeetingForm({ board, onScheduled }: MeetingFormProps) {
  const create = useCreateMeeting()
  const form = useForm({
    draftKey: `meeting-new:${board.id}`,
    initial: { date: emptyDate, location: '' },
    schema: createMeetingInputSchema,
    fieldOrder: ['date', 'location'],
    toInput: (draft) => {
      const date = isoFromParts(draft.date)
      const problems =
        date === null
          ? [{ path: 'date', message: 'Meeting date must be a real date, like 10 12 2026' }]
          : date === undefined
            ? [{ path: 'date', message: 'Enter the date of the meeting' }]
            : []
      return { input: { boardId: board.id, date: date ?? undefined, location: draft.location }, problems }
    },
  })
  const { draft, set, errors, byField } = form

  const submit = form.handleSubmit((input, callbacks) => create.mutate(input, callbacks), onScheduled)

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <DateInput
        id="date"
        legend="Date of the meeting"
        hint={`The papers deadline is worked out from the board’s lead time of ${board.papersLeadDays} clear working days. For example, 10 12 2026.`}
        value={draft.date}
        onChange={(date) => set({ date })}
        error={byField.date}
      />
      <TextInput id="location" label="Where (optional)" value={draft.location} onChange={(location) => set({ location })} error={byField.location} />
      <p className="govuk-body">Reports waiting for “the next meeting”, or due in the meeting’s month, will be attached to it.</p>
      <button type="submit" className="govuk-button" disabled={create.isPending}>
        Schedule the meeting
      </button>
    </form>
  )
}
