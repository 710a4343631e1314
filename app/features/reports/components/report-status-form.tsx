import { useState } from 'react'
import type { Meeting } from '@/contract/meetings'
import { reportStatusLabels, reportTransitionInputSchema, type Report, type ReportStatus } from '@/contract/reports'
import { ErrorSummary } from '@/components/error-summary'
import { Radios, Select, Textarea, TextInput } from '@/components/form-fields'
import { formatDate } from '@/lib/dates'
import { useForm } from '@/lib/use-form'
import type { useTransitionReport } from '../api/transition-report'

interface ReportStatusFormProps {
  report: Report
  /** The moves this person may make now. */
  moves: ReportStatus[]
  /** The board's meetings, for deferral and consideration. */
  meetings: Meeting[]
  /** Owned by the page, which shows the outcome even after this form is gone. */
  transition: ReturnType<typeof useTransitionReport>
  /** The version the person's own other saves on this page (a request to defer) left the report at. */
  ownVersion?: number
}

const moveLabels: Record<ReportStatus, string> = {
  requested: 'Requested',
  'in-preparation': 'In preparation: the author is writing it',
  submitted: 'Submitted: the papers are in',
  considered: 'Considered: the board has taken it',
  deferred: 'Deferred to a later meeting',
  withdrawn: 'Withdrawn: no longer needed',
}

export function ReportStatusForm({ report, moves, meetings, transition, ownVersion = 0 }: ReportStatusFormProps) {
  const form = useForm({
    draftKey: `report-status:${report.id}`,
    initial: { to: '', meetingId: '', reason: '', paperUrl: '', note: '' },
    schema: reportTransitionInputSchema,
    fieldOrder: ['to', 'meetingId', 'reason', 'paperUrl', 'note'],
    toInput: ({ to, meetingId, reason, paperUrl, note }) => ({
      input: {
        to: to || undefined,
        meetingId: to === 'deferred' || to === 'considered' ? meetingId || (to === 'considered' ? report.dueMeetingId ?? undefined : undefined) : undefined,
        reason: to === 'deferred' || to === 'withdrawn' ? reason : undefined,
        paperUrl: to === 'submitted' ? paperUrl : undefined,
        note: to === 'submitted' ? note : undefined,
      },
    }),
    conflictMessage: 'Not saved: someone else changed this report since you opened it. Reload the page to see the change.',
  })
  const { draft, set, errors, byField } = form
  const { to, meetingId, reason } = draft
  const setTo = (value: string) => set({ to: value })
  const setMeetingId = (value: string) => set({ meetingId: value })
  const setReason = (value: string) => set({ reason: value })
  // The version the person saw when they opened the page; moved on by their own saves.
  const [version, setVersion] = useState(report.version)
  const dueMeeting = meetings.find((meeting) => meeting.id === report.dueMeetingId)
  const later = meetings.filter((meeting) => meeting.status === 'scheduled' && meeting.date > (dueMeeting?.date ?? ''))

  const submit = form.handleSubmit<Report>(
    (input, callbacks) => transition.mutate({ id: report.id, version: Math.max(version, ownVersion), input }, callbacks),
    (updated) => setVersion(updated.version),
  )

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <Radios
        id="to"
        legend="New status"
        value={to}
        onChange={setTo}
        error={byField.to}
        options={moves.map((value) => ({ value, label: moveLabels[value] }))}
      />
      {to === 'deferred' ? (
        <>
          <Select
            id="meetingId"
            label="Defer to the meeting on"
            value={meetingId}
            onChange={setMeetingId}
            error={byField.meetingId}
            options={[{ value: '', label: 'Choose a meeting' }, ...later.map((meeting) => ({ value: meeting.id, label: formatDate(meeting.date) }))]}
          />
          <Textarea id="reason" label="Why is it deferred?" hint="Kept in the report’s history." value={reason} onChange={setReason} error={byField.reason} rows={3} />
        </>
      ) : null}
      {to === 'withdrawn' ? (
        <Textarea id="reason" label="Why is it withdrawn?" hint="Kept in the report’s history." value={reason} onChange={setReason} error={byField.reason} rows={3} />
      ) : null}
      {to === 'submitted' ? (
        <>
          <TextInput
            id="paperUrl"
            label="Link to the paper (optional)"
            hint="Where the board can read it, starting with https://, like https://papers.northshire.gov.uk/recruitment-strategy.pdf"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={draft.paperUrl}
            onChange={(paperUrl) => set({ paperUrl })}
            error={byField.paperUrl}
          />
          <Textarea id="note" label="Note to the board (optional)" hint="For example, what follows later or what changed since the last one. Kept in the report’s history." value={draft.note} onChange={(note) => set({ note })} error={byField.note} rows={3} />
        </>
      ) : null}
      {to === 'considered' && dueMeeting ? <p className="govuk-body">It will be recorded as considered at the meeting on {formatDate(dueMeeting.date)}.</p> : null}
      <button type="submit" className="govuk-button" disabled={transition.isPending}>
        {transition.isPending ? 'Saving…' : `Save status`}
      </button>
      <p className="govuk-visually-hidden">Current status: {reportStatusLabels[report.status]}</p>
    </form>
  )
}
