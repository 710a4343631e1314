import type { ReactNode } from 'react'
import type { Board } from '@/contract/boards'
import { updateMeetingInputSchema, type Meeting } from '@/contract/meetings'
import type { FieldError } from '@/contract/problem'
import { DateInput, emptyDate, isoFromParts, type DateParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { warningsForDate } from '@/domain/scheduling'
import { papersDeadline } from '@/domain/working-days'
import { formatDateWithDay } from '@/lib/dates'
import { useForm } from '@/lib/use-form'
import { useUpdateMeeting } from '../api/update-meeting'
import { SchedulingWarnings } from './scheduling-warnings'

interface Draft {
  /** The meeting's version when the chair began: a change by someone else since then is a conflict. */
  version: number
  date: DateParts
}

interface MoveMeetingFormProps {
  meeting: Meeting
  board: Board
  /** The board's meetings: a second one on the new day is worth a warning. */
  meetings: readonly Meeting[]
  onMoved: (meeting: Meeting) => void
  cancel: ReactNode
}

/** Moves a meeting to a new date; its reports due and its actions stay with it. */
export function MoveMeetingForm({ meeting, board, meetings, onMoved, cancel }: MoveMeetingFormProps) {
  const update = useUpdateMeeting()
  const form = useForm({
    draftKey: `meeting-move:${meeting.id}`,
    initial: { version: meeting.version, date: emptyDate } satisfies Draft,
    schema: updateMeetingInputSchema,
    fieldOrder: ['date'],
    toInput: (draft: Draft) => {
      const problems: FieldError[] = []
      const date = isoFromParts(draft.date)
      if (date === undefined) problems.push({ path: 'date', message: 'Enter the new date of the meeting' })
      if (date === null) problems.push({ path: 'date', message: 'The new date must be a real date, like 10 12 2026' })
      if (date === meeting.date) problems.push({ path: 'date', message: `Enter a date other than ${formatDateWithDay(meeting.date)}, the one it has now` })
      return { input: { date: date ?? undefined }, problems }
    },
    conflictMessage: 'Not moved: someone else changed this meeting while you were working. Go back to the meeting to see it as it is now.',
  })
  const { draft, set, errors, byField } = form
  const typed = isoFromParts(draft.date)
  const warnings = typed ? warningsForDate(typed, meetings, meeting) : []

  return (
    <form onSubmit={form.handleSubmit<Meeting>((input, callbacks) => update.mutate({ id: meeting.id, version: draft.version, input }, callbacks), onMoved)} noValidate>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        It is now on {formatDateWithDay(meeting.date)}. Its reports due and its actions stay with it, and its papers deadline moves with it.
      </p>
      <DateInput
        id="date"
        legend="New date of the meeting"
        hint={`For example, 10 12 2026. The papers deadline leaves the board’s lead time of ${board.papersLeadDays} clear working days.`}
        value={draft.date}
        onChange={(date) => set({ date })}
        error={byField.date}
      />
      <SchedulingWarnings warnings={warnings} live after="You can still move it to this day." />
      {typed ? <p className="govuk-body">Papers would be due by {formatDateWithDay(papersDeadline(typed, board.papersLeadDays))}.</p> : null}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={update.isPending}>
          {update.isPending ? 'Moving…' : 'Move the meeting'}
        </button>
        {cancel}
      </div>
    </form>
  )
}
