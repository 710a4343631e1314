import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import type { Board } from '@/contract/boards'
import type { Meeting } from '@/contract/meetings'
import type { Person } from '@/contract/people'
import type { FieldError } from '@/contract/problem'
import { createReportInputSchema, recurrenceLabels, recurrences, reportStatusLabels, type Report } from '@/contract/reports'
import { ErrorSummary } from '@/components/error-summary'
import { Radios, Select, Textarea, TextInput } from '@/components/form-fields'
import { WarningText } from '@/components/warning-text'
import { formatDate, todayIso } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { useForm } from '@/lib/use-form'
import { useCreateReport } from '../api/create-report'
import { dueInWords } from './reports-table'
import { mayAuthorReports } from '@/domain/permissions'
import { choosable } from '@/domain/people-rules'
import { openDuplicateOf } from '@/domain/report-status'

interface Draft {
  title: string
  description: string
  boardId: string
  requestedAtMeetingId: string
  due: string
  dueMeetingId: string
  dueMonth: string
  dueYear: string
  authorId: string
  recurrence: string
}

interface ReportFormProps {
  /** The boards this person chairs. */
  boards: Board[]
  meetings: Meeting[]
  people: Person[]
  initialBoardId?: string
  /**
   * The meeting the chair began from: one held (or today) is where the report was asked for; one
   * to come is the meeting it is due at.
   */
  initialMeeting?: { id: string; date: string }
  /** The reports already asked for, to point out one still open with the same title before saving. */
  reports?: Report[]
  onCreated: (report: Report) => void
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export function ReportForm({ boards, meetings, people, initialBoardId, initialMeeting, reports = [], onCreated }: ReportFormProps) {
  const today = todayIso()
  const create = useCreateReport()
  const form = useForm({
    draftKey: initialMeeting ? `report-new:${initialMeeting.id}` : 'report-new',
    initial: {
      title: '',
      description: '',
      boardId: initialBoardId ?? (boards.length === 1 ? boards[0]!.id : ''),
      requestedAtMeetingId: initialMeeting && initialMeeting.date <= today ? initialMeeting.id : '',
      due: initialMeeting && initialMeeting.date > today ? 'meeting' : '',
      dueMeetingId: initialMeeting && initialMeeting.date > today ? initialMeeting.id : '',
      dueMonth: '',
      dueYear: today.slice(0, 4),
      authorId: '',
      recurrence: 'none',
    } satisfies Draft,
    schema: createReportInputSchema,
    fieldOrder: ['title', 'description', 'requestedByBoardId', 'requestedAtMeetingId', 'due', 'dueMeetingId', 'dueMonth', 'authorId', 'recurrence'],
    toInput: (draft) => {
      const problems: FieldError[] = []
      const year = draft.dueYear.trim()
      let dueMonth: string | null = null
      if (draft.due === 'month') {
        if (!draft.dueMonth || !/^\d{4}$/.test(year)) problems.push({ path: 'dueMonth', message: 'Enter the month and year the report is due, like June 2027' })
        else dueMonth = `${year}-${draft.dueMonth.padStart(2, '0')}`
      }
      if (draft.due === 'meeting' && !draft.dueMeetingId) problems.push({ path: 'dueMeetingId', message: 'Select the meeting the report is due at' })
      if (!draft.due) problems.push({ path: 'due', message: 'Select when the report is due' })
      const input = {
        title: draft.title,
        description: draft.description,
        requestedByBoardId: draft.boardId || undefined,
        requestedAtMeetingId: draft.requestedAtMeetingId || null,
        dueMeetingId: draft.due === 'meeting' && draft.dueMeetingId ? draft.dueMeetingId : null,
        dueMonth,
        dueNextMeeting: draft.due === 'next',
        authorId: draft.authorId || undefined,
        recurrence: draft.recurrence,
      }
      return { input, problems, covers: ['due'] }
    },
  })
  const { draft, set, errors, byField } = form
  const boardMeetings = meetings.filter((meeting) => meeting.boardId === draft.boardId && meeting.status !== 'cancelled')
  const past = boardMeetings.filter((meeting) => meeting.date <= today).reverse()
  const upcoming = boardMeetings.filter((meeting) => meeting.date >= today)

  const save = form.handleSubmit((input, callbacks) => create.mutate(input, callbacks), onCreated)
  // The open report this request repeats, once pointed out; saving again goes on regardless.
  const [pointedOut, setPointedOut] = useState<string | null>(null)
  const duplicate = openDuplicateOf({ title: draft.title, requestedByBoardId: draft.boardId }, reports)
  const submit = (event: FormEvent) => {
    if (duplicate && pointedOut !== duplicate.id) {
      event.preventDefault()
      // Mistakes first; the duplicate is pointed out once the request could be saved.
      if (form.check()) setPointedOut(duplicate.id)
      return
    }
    save(event)
  }
  const warned = duplicate && pointedOut === duplicate.id ? duplicate : undefined
  const fieldId = (path: string) => (path === 'requestedByBoardId' ? 'boardId' : path === 'dueMonth' ? 'dueMonth' : (path.split('.')[0] ?? path))

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={fieldId} />
      <TextInput id="title" label="Report title" hint="For example, Annual safeguarding report." value={draft.title} onChange={(title) => set({ title })} error={byField.title} spellCheck />
      <Textarea id="description" label="What the board asked for (optional)" hint="The words of the minutes, if you have them." value={draft.description} onChange={(description) => set({ description })} error={byField.description} rows={3} />
      <Select
        id="boardId"
        label="Asked for by"
        value={draft.boardId}
        onChange={(boardId) => set({ boardId, requestedAtMeetingId: '', dueMeetingId: '' })}
        error={byField.requestedByBoardId}
        options={[{ value: '', label: 'Choose a board' }, ...boards.map((board) => ({ value: board.id, label: board.name }))]}
      />
      <Select
        id="requestedAtMeetingId"
        label="At the meeting on (optional)"
        value={draft.requestedAtMeetingId}
        onChange={(requestedAtMeetingId) => set({ requestedAtMeetingId })}
        error={byField.requestedAtMeetingId}
        options={[{ value: '', label: 'Not at a meeting' }, ...past.map((meeting) => ({ value: meeting.id, label: formatDate(meeting.date) }))]}
      />
      <Radios
        id="due"
        legend="When is it due?"
        value={draft.due}
        onChange={(due) => set({ due })}
        error={byField.due}
        options={[
          { value: 'meeting', label: 'At a meeting that is scheduled' },
          { value: 'month', label: 'In a month, at whichever meeting falls in it', hint: 'It attaches to a meeting in that month when one is scheduled.' },
          { value: 'next', label: 'At the next meeting' },
        ]}
      />
      {draft.due === 'meeting' ? (
        <Select
          id="dueMeetingId"
          label="Due at the meeting on"
          value={draft.dueMeetingId}
          onChange={(dueMeetingId) => set({ dueMeetingId })}
          error={byField.dueMeetingId}
          options={[{ value: '', label: 'Choose a meeting' }, ...upcoming.map((meeting) => ({ value: meeting.id, label: formatDate(meeting.date) }))]}
        />
      ) : null}
      {draft.due === 'month' ? (
        <div className={`govuk-form-group${byField.dueMonth ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" role="group" aria-describedby={byField.dueMonth ? 'dueMonth-error' : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Due in</legend>
            {byField.dueMonth ? (
              <p id="dueMonth-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {byField.dueMonth}
              </p>
            ) : null}
            <div className="govuk-date-input">
              <div className="govuk-date-input__item">
                <label className="govuk-label govuk-date-input__label" htmlFor="dueMonth">
                  Month
                </label>
                <select className="govuk-select" id="dueMonth" value={draft.dueMonth} onChange={(event) => set({ dueMonth: event.target.value })}>
                  <option value="">Choose</option>
                  {months.map((month, index) => (
                    <option key={month} value={String(index + 1)}>
                      {month}
                    </option>
                  ))}
                </select>
              </div>
              <div className="govuk-date-input__item">
                <label className="govuk-label govuk-date-input__label" htmlFor="dueYear">
                  Year
                </label>
                <input className="govuk-input govuk-date-input__input govuk-input--width-4" id="dueYear" inputMode="numeric" value={draft.dueYear} onChange={(event) => set({ dueYear: event.target.value })} />
              </div>
            </div>
          </fieldset>
        </div>
      ) : null}
      <Select
        id="authorId"
        label="Author"
        hint="The officer who writes it. They can mark it in preparation and submitted."
        value={draft.authorId}
        onChange={(authorId) => set({ authorId })}
        error={byField.authorId}
        options={[{ value: '', label: 'Choose an author' }, ...choosable(people, mayAuthorReports, draft.authorId).map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}` }))]}
      />
      <Radios
        id="recurrence"
        legend="How often?"
        value={draft.recurrence}
        onChange={(recurrence) => set({ recurrence })}
        error={byField.recurrence}
        options={recurrences.map((value) => ({ value, label: recurrenceLabels[value] }))}
        inline
      />
      {warned ? (
        <div role="alert">
          <WarningText>
            {boards.find((board) => board.id === warned.requestedByBoardId)?.name ?? 'This board'} has already asked for this report and it is still
            open: <Link className="govuk-link" to={pageUrls.report(warned.id)}>{warned.title}</Link> ({reportStatusLabels[warned.status].toLowerCase()}
            {warned.overdue ? ', late' : ''}; due: {dueInWords(warned, meetings)}). Check it is not the same request before asking again.
          </WarningText>
        </div>
      ) : null}
      <button type="submit" className="govuk-button" disabled={create.isPending}>
        {create.isPending ? 'Saving…' : warned ? 'Request it anyway' : 'Request the report'}
      </button>
    </form>
  )
}
