import { useState, type FormEvent } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { createMeetingInputSchema } from '@/contract/meetings'
import type { FieldError } from '@/contract/problem'
import { DateInput, emptyDate, isoFromParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { TextInput } from '@/components/form-fields'
import { PageHeading } from '@/components/page'
import { formatDate } from '@/lib/dates'
import { errorsByField, saveErrors, zodFieldErrors } from '@/lib/form-errors'
import { useDraft } from '@/lib/use-draft'
import { definePageData } from '@/lib/page-data'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { useCreateMeeting } from '@/features/meetings/api/create-meeting'
import { useActingPerson } from '@/features/people/api/get-people'
import { pageUrls } from '@/lib/page-urls'

const newMeetingData = definePageData(({ params }) => ({ board: boardQueryOptions(params.boardId ?? '') }))

export const loader = newMeetingData.loader
export { NewMeetingPage as Component }
import { mayScheduleMeetings } from '@/domain/permissions'

export function NewMeetingPage() {
  const boardId = useParams().boardId ?? ''
  const { board } = newMeetingData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const create = useCreateMeeting()
  const [draft, setDraft, clearDraft] = useDraft(`meeting-new:${boardId}`, { date: emptyDate, location: '' })
  const { date, location } = draft
  const setDate = (value: typeof emptyDate) => setDraft({ ...draft, date: value })
  const setLocation = (value: string) => setDraft({ ...draft, location: value })
  const [errors, setErrors] = useState<FieldError[]>([])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const iso = isoFromParts(date)
    if (!iso) {
      setErrors([{ path: 'date', message: iso === null ? 'Meeting date must be a real date, like 10 12 2026' : 'Enter the date of the meeting' }])
      return
    }
    const parsed = createMeetingInputSchema.safeParse({ boardId, date: iso, location })
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      return
    }
    setErrors([])
    create.mutate(parsed.data, {
      onSuccess: (meeting) => {
        clearDraft()
        navigate(pageUrls.meeting(meeting.id), {
          state: { flash: `Meeting scheduled. Papers are due by ${formatDate(meeting.papersDeadline)}.` },
        })
      },
      onError: (error) => setErrors(saveErrors(error)),
    })
  }
  const byField = errorsByField(errors)

  return (
    <>
      <Link to={pageUrls.board(board.id)} className="govuk-back-link">
        Back to {board.name}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={board.name}>Schedule a meeting</PageHeading>
          {!mayScheduleMeetings(person, board).allowed ? (
            <p className="govuk-body">Only the chair of {board.name} can schedule its meetings.</p>
          ) : (
            <form onSubmit={submit} noValidate>
              <ErrorSummary errors={errors} />
              <DateInput
                id="date"
                legend="Date of the meeting"
                hint={`The papers deadline is worked out from the board’s lead time of ${board.papersLeadDays} clear working days. For example, 10 12 2026.`}
                value={date}
                onChange={setDate}
                error={byField.date}
              />
              <TextInput id="location" label="Where (optional)" value={location} onChange={setLocation} error={byField.location} />
              <p className="govuk-body">Reports waiting for “the next meeting”, or due in the meeting’s month, will be attached to it.</p>
              <button type="submit" className="govuk-button" disabled={create.isPending}>
                Schedule the meeting
              </button>
            </form>
          )}
        </div>
      </div>
    </>
  )
}
