import { useState, type ReactNode } from 'react'
import type { Board } from '@/contract/boards'
import {
  createPersonInputSchema,
  membershipKindLabels,
  roleLabels,
  roles,
  updatePersonInputSchema,
  type Membership,
  type Person,
} from '@/contract/people'
import { ErrorSummary } from '@/components/error-summary'
import { Checkboxes, Radios, TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { membershipsOf } from '@/domain/people-rules'
import { useCreatePerson, useUpdatePerson } from '../api/save-person'

interface PersonFormProps {
  boards: Board[]
  /** The person to change; absent to add one. */
  person?: Person
  onSaved: (person: Person) => void
  cancel: ReactNode
}

type Seat = '' | Membership['as']

/** Each board's radios share one id per board, so an error about memberships.N lands on the right board. */
const seatFieldId = (boards: Board[], memberships: Membership[]) => (path: string) => {
  const match = /^memberships\.(\d+)/.exec(path)
  const boardId = match ? memberships[Number(match[1])]?.boardId : undefined
  const index = boardId ? boards.findIndex((board) => board.id === boardId) : -1
  return index >= 0 ? `seat-${index}` : path
}

/** Adds a person, or changes one: who they are, their role, and how they sit on each board (chairs are set on the board). */
export function PersonForm({ boards, person, onSaved, cancel }: PersonFormProps) {
  const create = useCreatePerson()
  const update = useUpdatePerson()
  const [version] = useState(person?.version ?? 0)
  const seats = person ? membershipsOf(person.id, boards) : []
  const chaired = new Set(seats.filter((seat) => seat.as === 'chair').map((seat) => seat.boardId))
  const seatable = boards.filter((board) => !chaired.has(board.id))
  const form = useForm({
    draftKey: person ? `person-edit:${person.id}` : 'person-new',
    initial: {
      name: person?.name ?? '',
      jobTitle: person?.jobTitle ?? '',
      role: person?.role ?? '',
      email: person?.email ?? '',
      admin: person?.isAdmin ? ['admin'] : ([] as string[]),
      seats: Object.fromEntries(seatable.map((board) => [board.id, (seats.find((seat) => seat.boardId === board.id)?.as ?? '') as Seat])) as Record<string, Seat>,
    },
    schema: person ? updatePersonInputSchema : createPersonInputSchema,
    fieldOrder: ['name', 'jobTitle', 'role', 'email', 'isAdmin', 'memberships'],
    toInput: (draft) => ({
      input: {
        name: draft.name,
        jobTitle: draft.jobTitle,
        role: draft.role || undefined,
        email: draft.email.trim() === '' ? null : draft.email,
        isAdmin: draft.admin.includes('admin'),
        memberships: toMemberships(draft.seats),
      },
    }),
    conflictMessage: 'Not saved: someone else changed this person since you opened the page. Reload to see their change; what you typed here is kept.',
  })
  const { draft, set, errors, byField } = form
  const memberships = toMemberships(draft.seats)
  const fieldId = seatFieldId(seatable, memberships)
  const seatError = (index: number) => errors.find((error) => fieldId(error.path) === `seat-${index}`)?.message
  const pending = create.isPending || update.isPending

  const submit = form.handleSubmit(
    (input, callbacks) => (person ? update.mutate({ id: person.id, version, input }, callbacks) : create.mutate(input as never, callbacks)),
    onSaved,
  )

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={fieldId} />
      <TextInput id="name" label="Full name" value={draft.name} onChange={(name) => set({ name })} error={byField.name} autoComplete="off" />
      <TextInput id="jobTitle" label="Job title" value={draft.jobTitle} onChange={(jobTitle) => set({ jobTitle })} error={byField.jobTitle} />
      <Radios
        id="role"
        legend="Role"
        hint="Directors and heads of service own milestones and write reports. Elected members read; chairs chair boards."
        value={draft.role}
        onChange={(role) => set({ role: role as typeof draft.role })}
        error={byField.role}
        options={roles.map((role) => ({ value: role, label: roleLabels[role] }))}
      />
      <TextInput
        id="email"
        label="Work email address (optional)"
        hint="Used to recognise them when they sign in to a shared server"
        type="email"
        value={draft.email}
        onChange={(email) => set({ email })}
        error={byField.email}
        spellCheck={false}
      />
      <Checkboxes
        id="isAdmin"
        legend="Administration"
        small
        values={draft.admin}
        onChange={(admin) => set({ admin })}
        error={byField.isAdmin}
        options={[{ value: 'admin', label: 'Administrator: adds and changes people, restores backups and resets the data' }]}
      />
      <h2 className="govuk-heading-m">Boards</h2>
      {seatable.length === 0 ? (
        <p className="govuk-body">{boards.length === 0 ? 'There are no boards yet.' : 'They chair every board.'}</p>
      ) : (
        seatable.map((board, index) => (
          <Radios
            key={board.id}
            id={`seat-${index}`}
            legend={board.name}
            small
            inline
            value={draft.seats[board.id] ?? ''}
            onChange={(value) => set({ seats: { ...draft.seats, [board.id]: value as Seat } })}
            error={seatError(index)}
            options={[
              { value: '', label: 'Not on this board' },
              { value: 'member', label: membershipKindLabels.member },
              { value: 'officer', label: 'Officer' },
            ]}
          />
        ))
      )}
      {chaired.size > 0 ? (
        <p className="govuk-body">
          They chair {boards.filter((board) => chaired.has(board.id)).map((board) => board.name).join(', ')}: a board’s chair is changed on the board.
        </p>
      ) : null}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Saving…' : person ? 'Save changes' : 'Add person'}
        </button>
        {cancel}
      </div>
    </form>
  )
}

function toMemberships(seats: Record<string, Seat>): Membership[] {
  return Object.entries(seats).flatMap(([boardId, as]) => (as ? [{ boardId, as }] : []))
}
