import type { Board } from '@/contract/boards'
import { createMeetingSeriesInputSchema, type Meeting, type MeetingSeriesResult } from '@/contract/meetings'
import { DateInput, emptyDate, isoFromParts, type DateParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { TextInput } from '@/components/form-fields'
import { formatDateWithDay } from '@/lib/dates'
import { useForm } from '@/lib/use-form'
import { useCreateMeetingSeries } from '../api/create-meeting-series'
import { seriesInWords, seriesPreview } from '../series-preview'
import { formatTime, parseTime } from '../time'
import { SchedulingWarnings } from './scheduling-warnings'

interface Draft {
  firstDate: DateParts
  everyWeeks: string
  count: string
  time: string
  location: string
}

/** A whole number as typed, for the schema to check (a word or nothing is not a number at all). */
const numberFrom = (text: string): number | undefined => (/^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : undefined)

interface MeetingSeriesFormProps {
  board: Board
  /** The board's meetings: a series meeting on the day of another is worth a warning. */
  meetings: readonly Meeting[]
  onScheduled: (result: MeetingSeriesResult) => void
}

/**
 * Schedules a series of a board's meetings ("every 4 weeks on Thursday, 10 meetings"), showing
 * before it is saved the dates it would make: one that would fall on a bank holiday moves to the
 * next working day, and the preview says which and why.
 */
export function MeetingSeriesForm({ board, meetings, onScheduled }: MeetingSeriesFormProps) {
  const create = useCreateMeetingSeries()
  const form = useForm({
    draftKey: `meeting-series:${board.id}`,
    initial: { firstDate: emptyDate, everyWeeks: '4', count: '', time: '', location: '' } satisfies Draft,
    schema: createMeetingSeriesInputSchema,
    fieldOrder: ['firstDate', 'everyWeeks', 'count', 'time', 'location'],
    toInput: (draft: Draft) => {
      const firstDate = isoFromParts(draft.firstDate)
      const time = parseTime(draft.time)
      const problems = [
        ...(firstDate === null
          ? [{ path: 'firstDate', message: 'The date of the first meeting must be a real date, like 7 1 2027' }]
          : firstDate === undefined
            ? [{ path: 'firstDate', message: 'Enter the date of the first meeting' }]
            : []),
        ...(time === null ? [{ path: 'time', message: 'Enter a real time, like 10am, 2:30pm or 14:30' }] : []),
      ]
      return {
        input: { boardId: board.id, firstDate: firstDate ?? undefined, everyWeeks: numberFrom(draft.everyWeeks), count: numberFrom(draft.count), time: time ?? null, location: draft.location },
        problems,
      }
    },
  })
  const { draft, set, errors, byField } = form
  const typedTime = parseTime(draft.time)

  // The preview follows what is typed, once the first date and both numbers are ones the API would take.
  const firstDate = isoFromParts(draft.firstDate)
  const everyWeeks = createMeetingSeriesInputSchema.shape.everyWeeks.safeParse(numberFrom(draft.everyWeeks))
  const count = createMeetingSeriesInputSchema.shape.count.safeParse(numberFrom(draft.count))
  const preview = firstDate && everyWeeks.success && count.success ? seriesPreview({ boardId: board.id, firstDate, everyWeeks: everyWeeks.data, count: count.data }, meetings) : null

  const submit = form.handleSubmit((input, callbacks) => create.mutate(input, callbacks), onScheduled)

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <DateInput
        id="firstDate"
        legend="Date of the first meeting"
        hint="The series meets on this day of the week. For example, 7 1 2027."
        value={draft.firstDate}
        onChange={(value) => set({ firstDate: value })}
        error={byField.firstDate}
      />
      <TextInput
        id="everyWeeks"
        label="Every how many weeks"
        hint="For example, 4 for every 4 weeks. From 1 to 52."
        value={draft.everyWeeks}
        onChange={(value) => set({ everyWeeks: value })}
        error={byField.everyWeeks}
        inputMode="numeric"
        widthClass="govuk-input--width-2"
      />
      <TextInput
        id="count"
        label="How many meetings"
        hint="For example, 10. From 2 to 52."
        value={draft.count}
        onChange={(value) => set({ count: value })}
        error={byField.count}
        inputMode="numeric"
        widthClass="govuk-input--width-2"
      />
      <TextInput
        id="time"
        label="Start time (optional)"
        hint={`The same for every meeting. For example, 10am, 2:30pm or 14:30.${typedTime ? ` Read as ${formatTime(typedTime)}.` : ''}`}
        value={draft.time}
        onChange={(time) => set({ time })}
        error={byField.time}
        widthClass="govuk-input--width-5"
      />
      <TextInput
        id="location"
        label="Where (optional)"
        hint="The venue of every meeting, for example: Committee Room 2, County Hall."
        value={draft.location}
        onChange={(location) => set({ location })}
        error={byField.location}
      />

      <section aria-labelledby="series-preview">
        <h2 className="govuk-heading-m" id="series-preview">
          The meetings this would schedule
        </h2>
        <p className="govuk-body" aria-live="polite">
          {preview ? seriesInWords(preview) : 'Enter the date of the first meeting, every how many weeks and how many meetings to see their dates here.'}
        </p>
        {preview ? (
          <ol className="govuk-list govuk-list--number app-series-preview">
            {preview.map((each) => (
              <li key={each.date}>
                {formatDateWithDay(each.date)}
                {each.moved ? (
                  <span className="govuk-!-display-block app-secondary-text">
                    Moved from {formatDateWithDay(each.moved.from)}, {each.moved.because}.
                  </span>
                ) : null}
                <SchedulingWarnings warnings={each.warnings} />
              </li>
            ))}
          </ol>
        ) : null}
      </section>
      <p className="govuk-body">Reports waiting for “the next meeting”, or due in a meeting’s month, will be attached to the first meeting that fits.</p>
      <button type="submit" className="govuk-button" disabled={create.isPending}>
        {preview ? `Schedule these ${preview.length} meetings` : 'Schedule the meetings'}
      </button>
    </form>
  )
}
