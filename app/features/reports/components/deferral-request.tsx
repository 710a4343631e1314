import { useState } from 'react'
import type { Board } from '@/contract/boards'
import type { Meeting } from '@/contract/meetings'
import type { Person } from '@/contract/people'
import { deferralDecisionInputSchema, deferralRequestInputSchema, openReportStatuses, type Report } from '@/contract/reports'
import { ErrorSummary } from '@/components/error-summary'
import { Radios, Select, Textarea } from '@/components/form-fields'
import { NotificationBanner } from '@/components/notification-banner'
import { formatDate, formatInstant, todayIso } from '@/lib/dates'
import { useForm } from '@/lib/use-form'
import { mayAskToDeferReport, mayDecideReportDeferral, type Actor } from '@/domain/permissions'
import { useAskToDeferReport } from '../api/ask-to-defer-report'
import { useDecideReportDeferral } from '../api/decide-report-deferral'

interface DeferralRequestProps {
  report: Report
  board: Board
  /** The board's meetings. */
  meetings: Meeting[]
  people: Person[]
  person: Actor
  /** After the person's own request or decision is saved: the report has a new version. */
  onSaved?: (report: Report) => void
}

const conflictMessage = 'Not saved: someone else changed this report since you opened it. Reload the page to see the change.'

/**
 * The author's request to defer their report and the chair's decision, on the report's page: the
 * author asks (a later meeting, a reason); the chair accepts or declines; both see where it stands.
 */
export function DeferralRequest({ report, board, meetings, people, person, onSaved }: DeferralRequestProps) {
  const ask = useAskToDeferReport()
  const decide = useDecideReportDeferral()
  const name = (id: string) => people.find((candidate) => candidate.id === id)?.name ?? 'Unknown person'
  const meetingDate = (id: string) => {
    const meeting = meetings.find((candidate) => candidate.id === id)
    return meeting ? formatDate(meeting.date) : 'a meeting no longer listed'
  }
  const request = report.deferralRequest
  const mayDecide = mayDecideReportDeferral(person, board).allowed
  const mayAsk = mayAskToDeferReport(person, report).allowed && openReportStatuses.includes(report.status)
  const decided = decide.isSuccess ? decide.variables.input.decision : null

  return (
    <>
      {ask.isSuccess ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">Your request to defer it is with the chair of {board.name}.</p>
        </NotificationBanner>
      ) : null}
      {decided ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">
            {decided === 'accept' ? `Accepted. The report is now due at the meeting on ${meetingDate(decide.data?.dueMeetingId ?? '')}.` : 'Declined. The report stays due where it was.'}
          </p>
        </NotificationBanner>
      ) : null}
      {request ? (
        <section className="app-no-print" aria-labelledby="deferral-request">
          <h2 className="govuk-heading-m" id="deferral-request">
            Request to defer
          </h2>
          <p className="govuk-body">
            {name(request.byId)} asked on {formatInstant(request.at)} to defer it to the meeting on {meetingDate(request.meetingId)}.
          </p>
          <p className="govuk-body app-pre-wrap">
            <span className="govuk-!-font-weight-bold">Reason: </span>
            {request.reason}
          </p>
          {mayDecide ? (
            <DecisionForm key={report.version} report={report} decide={decide} onSaved={onSaved} meetingDate={meetingDate(request.meetingId)} />
          ) : (
            <p className="govuk-body">Waiting for the chair of {board.name} to decide.</p>
          )}
        </section>
      ) : mayAsk ? (
        // Submitting is the author's main step: asking to defer is there, folded, for when they cannot.
        <section className="app-no-print" aria-labelledby="ask-to-defer">
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text" id="ask-to-defer">
                Ask the chair to defer it
              </span>
            </summary>
            <div className="govuk-details__text">
              <AskForm report={report} meetings={meetings} ask={ask} onSaved={onSaved} />
            </div>
          </details>
        </section>
      ) : null}
    </>
  )
}

function AskForm({ report, meetings, ask, onSaved }: { report: Report; meetings: Meeting[]; ask: ReturnType<typeof useAskToDeferReport>; onSaved?: ((report: Report) => void) | undefined }) {
  const form = useForm({
    draftKey: `report-defer-ask:${report.id}`,
    initial: { meetingId: '', reason: '' },
    schema: deferralRequestInputSchema,
    fieldOrder: ['meetingId', 'reason'],
    toInput: (draft) => ({ input: draft }),
    conflictMessage,
  })
  const { draft, set, errors, byField } = form
  const dueMeeting = meetings.find((meeting) => meeting.id === report.dueMeetingId)
  const today = todayIso()
  const later = meetings.filter((meeting) => meeting.status === 'scheduled' && meeting.date >= today && meeting.date > (dueMeeting?.date ?? ''))
  const submit = form.handleSubmit<Report>((input, callbacks) => ask.mutate({ id: report.id, version: report.version, input }, callbacks), onSaved)
  if (later.length === 0) return <p className="govuk-body">No later meeting of the board is scheduled to defer it to. Ask the chair to schedule one.</p>
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={(path) => (path === 'reason' ? 'deferReason' : 'deferMeetingId')} />
      <Select
        id="deferMeetingId"
        label="Defer to the meeting on"
        value={draft.meetingId}
        onChange={(meetingId) => set({ meetingId })}
        error={byField.meetingId}
        options={[{ value: '', label: 'Choose a meeting' }, ...later.map((meeting) => ({ value: meeting.id, label: formatDate(meeting.date) }))]}
      />
      <Textarea id="deferReason" label="Why should it be deferred?" hint="The chair reads this when deciding. Kept in the report’s history." value={draft.reason} onChange={(reason) => set({ reason })} error={byField.reason} rows={3} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={ask.isPending}>
        {ask.isPending ? 'Sending…' : 'Ask to defer it'}
      </button>
    </form>
  )
}

function DecisionForm({ report, decide, meetingDate, onSaved }: { report: Report; decide: ReturnType<typeof useDecideReportDeferral>; meetingDate: string; onSaved?: ((report: Report) => void) | undefined }) {
  const form = useForm({
    draftKey: `report-defer-decide:${report.id}`,
    initial: { decision: '', reason: '' },
    schema: deferralDecisionInputSchema,
    fieldOrder: ['decision', 'reason'],
    toInput: ({ decision, reason }) => ({ input: { decision: decision || undefined, reason: decision === 'decline' ? reason : undefined } }),
    conflictMessage,
  })
  const { draft, set, errors, byField } = form
  const [version] = useState(report.version)
  const submit = form.handleSubmit<Report>((input, callbacks) => decide.mutate({ id: report.id, version, input }, callbacks), onSaved)
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={(path) => (path === 'reason' ? 'declineReason' : path)} />
      <Radios
        id="decision"
        legend="Your decision"
        value={draft.decision}
        onChange={(decision) => set({ decision })}
        error={byField.decision}
        options={[
          { value: 'accept', label: `Accept: defer it to the meeting on ${meetingDate}` },
          { value: 'decline', label: 'Decline: it stays due where it is' },
        ]}
      />
      {draft.decision === 'decline' ? (
        <Textarea id="declineReason" label="Why do you decline?" hint="The author sees this. Kept in the report’s history." value={draft.reason} onChange={(reason) => set({ reason })} error={byField.reason} rows={3} />
      ) : null}
      <button type="submit" className="govuk-button" disabled={decide.isPending}>
        {decide.isPending ? 'Saving…' : 'Save decision'}
      </button>
    </form>
  )
}
