import type { ReactNode } from 'react'
import type { Board } from '@/contract/boards'
import { meetingSchema, updateMeetingInputSchema, type Meeting } from '@/contract/meetings'
import type { FieldError } from '@/contract/problem'
import { DateInput, isoFromParts, partsFromIso, type DateParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { TextInput } from '@/components/form-fields'
import { formatDate } from '@/lib/dates'
import { useForm } from '@/lib/use-form'
import { useUpdateMeeting } from '../api/update-meeting'
import { formatTime, parseTime } from '../time'
import { ConflictNotice } from './conflict-notice'
import { warningsForDate } from '@/domain/scheduling'
import { SchedulingWarnings } from './scheduling-warnings'

interface Draft {
  /** The meeting's version when the person began: a change by someone else since then is a conflict. */
  version: number
  date: DateParts
  time: string
  location: string
}

const draftFrom = (meeting: Meeting): Draft => ({
  version: meeting.version,
  date: partsFromIso(meeting.date),
  time: meeting.time ?? '',
  location: meeting.location ?? '',
})

interface MeetingDetailsFormProps {
  meeting: Meeting
  board: Board
  /** The board's meetings: a second one on a day is worth a warning. */
  meetings: readonly Meeting[]
  onSaved: (meeting: Meeting) => void
  cancel: ReactNode
}

/** Changes when and where a meeting is held: its date, its start time and its venue. */
export function MeetingDetailsForm({ meeting, board, meetings, onSaved, cancel }: MeetingDetailsFormProps) {
  const update = useUpdateMeeting()
  const form = useForm({
    draftKey: `meeting-edit:${meeting.id}`,
    initial: draftFrom(meeting),
    schema: updateMeetingInputSchema,
    fieldOrder: ['date', 'time', 'location'],
    toInput: (draft: Draft) => {
      const problems: FieldError[] = []
      const date = isoFromParts(draft.date)
      if (date === undefined) problems.push({ path: 'date', message: 'Enter the date of the meeting' })
      if (date === null) problems.push({ path: 'date', message: 'Meeting date must be a real date, like 10 12 2026' })
      const time = parseTime(draft.time)
      if (time === null) problems.push({ path: 'time', message: 'Enter a real time, like 10am, 2:30pm or 14:30' })
      // The API keeps a venue once set: an empty one would change nothing, so it is asked for.
      if (meeting.location && draft.location.trim() === '') problems.push({ path: 'location', message: 'Enter where the meeting is held' })
      return { input: { date: date ?? undefined, time: time ?? null, location: draft.location }, problems }
    },
    conflictSchema: meetingSchema,
  })
  const { draft, set, errors, byField, conflict } = form
  const saveFrom = (version: number) => form.handleSubmit<Meeting>((input, callbacks) => update.mutate({ id: meeting.id, version, input }, callbacks), onSaved)
  const typedTime = parseTime(draft.time)
  const typedDate = isoFromParts(draft.date)
  const warnings = typedDate ? warningsForDate(typedDate, meetings, meeting) : []

  return (
    <form onSubmit={saveFrom(draft.version)} noValidate>
      <ErrorSummary errors={errors} />
      {conflict ? (
        <ConflictNotice
          title="Not saved: someone else changed this meeting"
          saveLabel="Save my changes on top"
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
            While you were working, the meeting was changed. It is now on {formatDate(conflict.date)}
            {conflict.time ? ` at ${formatTime(conflict.time)}` : ''}
            {conflict.location ? `, in ${conflict.location}` : ''}.
          </p>
        </ConflictNotice>
      ) : null}
      <DateInput
        id="date"
        legend="Date of the meeting"
        hint={`Moving it moves the papers deadline, worked out from the board’s lead time of ${board.papersLeadDays} clear working days. For example, 10 12 2026.`}
        value={draft.date}
        onChange={(date) => set({ date })}
        error={byField.date}
      />
      <SchedulingWarnings warnings={warnings} live after="You can still save it." />
      <TextInput
        id="time"
        label="Start time (optional)"
        hint={`For example, 10am, 2:30pm or 14:30.${typedTime ? ` Read as ${formatTime(typedTime)}.` : ''}`}
        value={draft.time}
        onChange={(time) => set({ time })}
        error={byField.time}
        widthClass="govuk-input--width-5"
      />
      <TextInput
        id="location"
        label={meeting.location ? 'Where' : 'Where (optional)'}
        hint="The venue, for example: Committee Room 2, County Hall."
        value={draft.location}
        onChange={(location) => set({ location })}
        error={byField.location}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
        </button>
        {cancel}
      </div>
    </form>
  )
}
