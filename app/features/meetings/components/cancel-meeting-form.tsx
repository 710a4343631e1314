import type { ReactNode } from 'react'
import type { Action } from '@/contract/actions'
import { updateMeetingInputSchema, type Meeting } from '@/contract/meetings'
import type { Report } from '@/contract/reports'
import { ErrorSummary } from '@/components/error-summary'
import { Radios } from '@/components/form-fields'
import { WarningText } from '@/components/warning-text'
import { formatDateWithDay } from '@/lib/dates'
import { useForm } from '@/lib/use-form'
import { useUpdateMeeting } from '../api/update-meeting'
import { businessInWords, LEAVE_BUSINESS } from '../cancel-or-move'

interface Draft {
  /** The meeting's version when the chair began: a change by someone else since then is a conflict. */
  version: number
  /** The meeting its business goes to, or LEAVE_BUSINESS. */
  moveBusinessTo: string
}

interface CancelMeetingFormProps {
  meeting: Meeting
  /** Its business: the open reports due at it, and the open actions due by it. */
  business: { reports: Report[]; actions: Action[] }
  /** The board's other scheduled meetings to come, earliest first. */
  destinations: Meeting[]
  onCancelled: (meeting: Meeting, movedTo: Meeting | undefined) => void
  keep: ReactNode
}

/** Cancels a meeting, offering its reports due and open actions one of the board's other meetings to come. */
export function CancelMeetingForm({ meeting, business, destinations, onCancelled, keep }: CancelMeetingFormProps) {
  const update = useUpdateMeeting()
  const hasBusiness = business.reports.length + business.actions.length > 0
  const form = useForm({
    draftKey: `meeting-cancel:${meeting.id}`,
    initial: { version: meeting.version, moveBusinessTo: '' } satisfies Draft,
    schema: updateMeetingInputSchema,
    fieldOrder: ['moveBusinessTo'],
    toInput: (draft: Draft) => {
      const problems = hasBusiness && draft.moveBusinessTo === '' ? [{ path: 'moveBusinessTo', message: 'Choose where its reports and actions go' }] : []
      const moveBusinessTo = hasBusiness && draft.moveBusinessTo !== LEAVE_BUSINESS && draft.moveBusinessTo !== '' ? draft.moveBusinessTo : undefined
      return { input: { status: 'cancelled', ...(moveBusinessTo ? { moveBusinessTo } : {}) }, problems }
    },
    conflictMessage: 'Not cancelled: someone else changed this meeting while you were working. Go back to the meeting to see it as it is now.',
  })
  const { draft, set, errors, byField } = form
  const movedTo = destinations.find((each) => each.id === draft.moveBusinessTo)

  return (
    <form
      onSubmit={form.handleSubmit<Meeting>((input, callbacks) => update.mutate({ id: meeting.id, version: draft.version, input }, callbacks), (saved) => onCancelled(saved, movedTo))}
      noValidate
    >
      <ErrorSummary errors={errors} />
      <p className="govuk-body">The meeting on {formatDateWithDay(meeting.date)} will be marked as cancelled. Its page stays, saying so and where its business went.</p>
      <h2 className="govuk-heading-m">Its reports and actions</h2>
      {hasBusiness ? (
        <>
          <p className="govuk-body">It has {businessInWords(business)}. They go where you choose below.</p>
          {business.reports.length > 0 ? (
            <>
              <h3 className="govuk-heading-s">Reports due at it</h3>
              <ul className="govuk-list govuk-list--bullet">
                {business.reports.map((report) => (
                  <li key={report.id}>{report.title}</li>
                ))}
              </ul>
            </>
          ) : null}
          {business.actions.length > 0 ? (
            <>
              <h3 className="govuk-heading-s">Open actions due by it</h3>
              <ul className="govuk-list govuk-list--bullet">
                {business.actions.map((action) => (
                  <li key={action.id}>{action.what}</li>
                ))}
              </ul>
            </>
          ) : null}
          <Radios
            id="moveBusinessTo"
            legend="Where should they go?"
            legendClassName="govuk-fieldset__legend--s"
            hint={destinations.length === 0 ? 'The board has no other meeting scheduled. Schedule one first to move them there.' : 'One of the board’s other meetings to come.'}
            value={draft.moveBusinessTo}
            onChange={(moveBusinessTo) => set({ moveBusinessTo })}
            error={byField.moveBusinessTo}
            options={[
              ...destinations.map((each, index) => ({
                value: each.id,
                label: `The meeting on ${formatDateWithDay(each.date)}`,
                ...(index === 0 ? { hint: 'The board’s next meeting after this one.' } : {}),
              })),
              {
                value: LEAVE_BUSINESS,
                label: 'Leave them with the cancelled meeting',
                hint: 'They stay with it, listed on its page. Each report can still be deferred to another meeting from its own page.',
              },
            ]}
          />
        </>
      ) : (
        <p className="govuk-body">No reports are due at it and no open actions are due by it.</p>
      )}
      <WarningText>Everyone will see the meeting as cancelled. To hold it on another day, move it instead.</WarningText>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--warning" disabled={update.isPending}>
          {update.isPending ? 'Cancelling…' : 'Cancel the meeting'}
        </button>
        {keep}
      </div>
    </form>
  )
}
