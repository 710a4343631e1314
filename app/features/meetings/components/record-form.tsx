import type { ReactNode } from 'react'
import type { Board } from '@/contract/boards'
import { meetingSchema, updateMeetingInputSchema, type AgendaItem, type Meeting } from '@/contract/meetings'
import type { Person } from '@/contract/people'
import { ErrorSummary } from '@/components/error-summary'
import { Radios, Textarea } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useUpdateMeeting } from '../api/update-meeting'
import { withDecisions } from '../agenda-rules'
import { ConflictNotice } from './conflict-notice'

type Presence = 'present' | 'apologies' | 'none'

interface Draft {
  /** The meeting's version when the person began: a change by someone else since then is a conflict. */
  version: number
  /** Each person's presence, by id. */
  attendance: Record<string, Presence>
  others: string
  /** Each agenda item's decision, by the item's id. */
  decisions: Record<string, string>
}

/** One of the people whose attendance is recorded, and their seat on the board. */
export interface Attendee {
  person: Pick<Person, 'id' | 'name'>
  seat: string
}

/** The board's chair, members and officers, and anyone already recorded who no longer sits on it. */
export function attendeesOf(board: Board, people: Person[], meeting: Meeting): Attendee[] {
  const seated = [
    ...[board.chairId].map((id) => ({ id, seat: 'Chair' })),
    ...board.memberIds.map((id) => ({ id, seat: 'Member' })),
    ...board.officerIds.map((id) => ({ id, seat: 'Officer' })),
  ]
  const recorded = [...(meeting.attendance?.present ?? []), ...(meeting.attendance?.apologies ?? [])]
    .filter((id) => !seated.some((seat) => seat.id === id))
    .map((id) => ({ id, seat: 'No longer on the board' }))
  return [...seated, ...recorded].flatMap(({ id, seat }) => {
    const person = people.find((candidate) => candidate.id === id)
    return person ? [{ person, seat }] : []
  })
}

const draftFrom = (meeting: Meeting): Draft => ({
  version: meeting.version,
  attendance: Object.fromEntries([
    ...(meeting.attendance?.present ?? []).map((id) => [id, 'present'] as const),
    ...(meeting.attendance?.apologies ?? []).map((id) => [id, 'apologies'] as const),
  ]),
  others: meeting.attendance?.others ?? '',
  decisions: Object.fromEntries(meeting.agenda.map((item) => [item.id, item.decision ?? ''])),
})

interface RecordFormProps {
  meeting: Meeting
  attendees: Attendee[]
  /** Whether saving also marks the meeting as held (it was scheduled, and its day has come). */
  marksHeld: boolean
  onSaved: (meeting: Meeting) => void
  cancel: ReactNode
}

const decisionHint = (item: AgendaItem) =>
  item.kind === 'apologies' ? 'For example: Apologies were received from Priya Natarajan.' : 'What the meeting resolved, for example: RESOLVED that the report be noted. Leave it empty if nothing was decided.'

/**
 * The record of a meeting, as the clerk writes it up: who was present and who sent apologies, who
 * else attended, and what was decided under each item. Saved whole.
 */
export function RecordForm({ meeting, attendees, marksHeld, onSaved, cancel }: RecordFormProps) {
  const update = useUpdateMeeting()
  const firstAttendee = attendees[0] ? `attendance-${attendees[0].person.id}` : 'others'
  const fieldId = (path: string) => {
    if (path === 'attendance.others') return 'others'
    if (path.startsWith('attendance')) return firstAttendee
    const item = /^agenda\.(\d+)/.exec(path)
    return item ? `decision-${item[1]}` : (path.split('.')[0] ?? path)
  }
  const form = useForm({
    draftKey: `meeting-record:${meeting.id}`,
    initial: draftFrom(meeting),
    schema: updateMeetingInputSchema,
    fieldOrder: ['attendance', 'agenda'],
    toInput: (draft: Draft) => {
      const whose = (presence: Presence) => attendees.map(({ person }) => person.id).filter((id) => draft.attendance[id] === presence)
      const present = whose('present')
      const apologies = whose('apologies')
      return {
        input: {
          attendance: present.length > 0 || apologies.length > 0 || draft.others.trim() !== '' ? { present, apologies, others: draft.others } : null,
          agenda: withDecisions(meeting.agenda, draft.decisions),
          ...(marksHeld ? { status: 'held' } : {}),
        },
      }
    },
    conflictSchema: meetingSchema,
  })
  const { draft, set, errors, conflict } = form
  const errorAt = (id: string) => errors.find((error) => fieldId(error.path) === id)?.message

  /** Saves from `version`, with the decisions put on `agenda`: the one the person began from, or the one they chose to save on top of. */
  const saveFrom = (version: number, agenda: AgendaItem[]) =>
    form.handleSubmit<Meeting>(
      (input, callbacks) => update.mutate({ id: meeting.id, version, input: { ...input, agenda: withDecisions(agenda, draft.decisions) } }, callbacks),
      onSaved,
    )

  return (
    <form onSubmit={saveFrom(draft.version, meeting.agenda)} noValidate>
      <ErrorSummary errors={errors} fieldId={fieldId} />
      {conflict ? (
        <ConflictNotice
          title="Not saved: someone else changed this meeting"
          saveLabel="Save my record on top"
          discardLabel="Discard my record"
          saving={update.isPending}
          onSave={(event) => {
            set({ version: conflict.version })
            saveFrom(conflict.version, conflict.agenda)(event)
          }}
          onDiscard={() => {
            set(draftFrom(conflict))
            form.dismissConflict()
          }}
        >
          <p className="govuk-body">
            While you were writing, the meeting was changed: {conflict.attendance ? 'its attendance was recorded' : 'its attendance is not recorded'}, and{' '}
            {conflict.agenda.filter((item) => item.decision).length} of its {conflict.agenda.length} items have a decision.
          </p>
        </ConflictNotice>
      ) : null}

      <h2 className="govuk-heading-m">Attendance</h2>
      <p className="govuk-body">The board’s chair, members and officers. Record each person as present, as having sent apologies, or leave them not recorded.</p>
      {attendees.map(({ person, seat }, index) => (
        <Radios
          key={person.id}
          id={`attendance-${person.id}`}
          legend={person.name}
          hint={seat}
          value={draft.attendance[person.id] ?? 'none'}
          onChange={(value) => set({ attendance: { ...draft.attendance, [person.id]: value as Presence } })}
          error={index === 0 ? errors.find((error) => error.path.startsWith('attendance') && error.path !== 'attendance.others')?.message : undefined}
          options={[
            { value: 'present', label: 'Present' },
            { value: 'apologies', label: 'Apologies' },
            { value: 'none', label: 'Not recorded' },
          ]}
          small
          inline
        />
      ))}
      <Textarea
        id="others"
        label="Others present (optional)"
        hint="Officers in attendance and guests, with their roles, for example: Chris Doyle, DfE Children’s Services Adviser."
        value={draft.others}
        onChange={(others) => set({ others })}
        error={errorAt('others')}
        rows={3}
      />

      <h2 className="govuk-heading-m">Decisions</h2>
      {meeting.agenda.map((item, index) => (
        <Textarea
          key={item.id}
          id={`decision-${index}`}
          label={`${index + 1}. ${item.title}`}
          hint={decisionHint(item)}
          value={draft.decisions[item.id] ?? ''}
          onChange={(decision) => set({ decisions: { ...draft.decisions, [item.id]: decision } })}
          error={errorAt(`decision-${index}`)}
          rows={3}
        />
      ))}
      {marksHeld ? <p className="govuk-body">Saving the record also marks the meeting as held.</p> : null}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save the record'}
        </button>
        {cancel}
      </div>
    </form>
  )
}
