import type { Board } from '@/contract/boards'
import { createMeetingInputSchema, type Meeting } from '@/contract/meetings'
import { DateInput, emptyDate, isoFromParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useCreateMeeting } from '../api/create-meeting'
import { formatTime, parseTime } from '../time'
import { warningsForDate } from '@/domain/scheduling'
import { SchedulingWarnings } from './scheduling-warnings'

interface MeetingFormProps {
  board: Board
  /** The board's meetings: a second one on a day is worth a warning. */
  meetings: readonly Meeting[]
  onScheduled: (meeting: Meeting) => void
}

/** Schedules a meeting of one board: its date and, if known, its time and where. */
export function MeetingForm({ board, meetings, onScheduled }: MeetingFormProps) {
  const create = useCreateMeeting()
  const form = useForm({
    draftKey: `meeting-new:${board.id}`,
    initial: { date: emptyDate, time: '', location: '' },
    schema: createMeetingInputSchema,
    fieldOrder: ['date', 'time', 'location'],
    toInput: (draft) => {
      const date = isoFromParts(draft.date)
      const time = parseTime(draft.time)
      const problems = [
        ...(date === null
          ? [{ path: 'date', message: 'Meeting date must be a real date, like 10 12 2026' }]
          : date === undefined
            ? [{ path: 'date', message: 'Enter the date of the meeting' }]
            : []),
        ...(time === null ? [{ path: 'time', message: 'Enter a real time, like 10am, 2:30pm or 14:30' }] : []),
      ]
      return { input: { boardId: board.id, date: date ?? undefined, time: time ?? null, location: draft.location }, problems }
    },
  })
  const { draft, set, errors, byField } = form

  const typedTime = parseTime(draft.time)
  const typedDate = isoFromParts(draft.date)
  const warnings = typedDate ? warningsForDate(typedDate, meetings, { boardId: board.id }) : []

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
      <SchedulingWarnings warnings={warnings} live after="You can still schedule it." />
      <TextInput
        id="time"
        label="Start time (optional)"
        hint={`For example, 10am, 2:30pm or 14:30.${typedTime ? ` Read as ${formatTime(typedTime)}.` : ''}`}
        value={draft.time}
        onChange={(time) => set({ time })}
        error={byField.time}
        widthClass="govuk-input--width-5"
      />
      <TextInput id="location" label="Where (optional)" value={draft.location} onChange={(location) => set({ location })} error={byField.location} />
      <p className="govuk-body">Reports waiting for “the next meeting”, or due in the meeting’s month, will be attached to it.</p>
      <button type="submit" className="govuk-button" disabled={create.isPending}>
        Schedule the meeting
      </button>
    </form>
  )
}
