import { createActionInputSchema, updateActionInputSchema, type Action } from '@/contract/actions'
import type { AgendaItem } from '@/contract/meetings'
import type { Person } from '@/contract/people'
import type { FieldError } from '@/contract/problem'
import { emptyDate, partsFromIso, type DateParts } from '@/components/date-input'
import { ActionDueFields, actionDueFromDraft } from '@/components/action-due-fields'
import { ErrorSummary } from '@/components/error-summary'
import { Select, Textarea, TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useCreateAction } from '../api/create-action'
import { useUpdateAction } from '../api/update-action'

/** The owner select's choice for someone who is not one of the council's people. */
const SOMEONE_ELSE = 'someone-else'

interface Draft {
  what: string
  owner: string
  ownerName: string
  due: string
  dueDate: DateParts
  dueMeetingId: string
  agendaItemId: string
}

interface ActionFormProps {
  meetingId: string
  agenda: AgendaItem[]
  /** The council's active people, who may own it. */
  people: Person[]
  /** The board's meetings after this one, which it may be due by. */
  laterMeetings: Array<{ id: string; date: string }>
  /** The agenda item it comes from, when the chair began from one. */
  initialItemId?: string
  /** The action to change (its wording, owner or due), rather than a new one. */
  action?: Action
  onSaved: (action: Action) => void
}

/** A draft from an action as it stands, to change it. */
function draftFrom(action: Action): Draft {
  return {
    what: action.what,
    owner: action.ownerId ?? (action.ownerName ? SOMEONE_ELSE : ''),
    ownerName: action.ownerName ?? '',
    due: action.due.kind,
    dueDate: action.due.kind === 'date' ? partsFromIso(action.due.date) : emptyDate,
    dueMeetingId: action.due.kind === 'meeting' ? action.due.meetingId : '',
    agendaItemId: action.agendaItemId ?? '',
  }
}

/** Each error's field: a date or meeting it is due by has its own. */
export const actionFieldId = (path: string) => (path === 'due.date' ? 'dueDate' : path === 'due.meetingId' ? 'dueMeetingId' : (path.split('.')[0] ?? path))

/**
 * Records an action agreed at a meeting: what, who owns it, when it is due, and the item it came
 * from; or, given one, changes an action's wording, owner or due (the item it came from stays).
 */
export function ActionForm({ meetingId, agenda, people, laterMeetings, initialItemId, action, onSaved }: ActionFormProps) {
  const create = useCreateAction()
  const update = useUpdateAction()
  const form = useForm({
    draftKey: action ? `action-edit:${action.id}:${action.version}` : `action-new:${meetingId}`,
    initial: action ? draftFrom(action) : {
      what: '',
      owner: '',
      ownerName: '',
      due: '',
      dueDate: emptyDate,
      dueMeetingId: '',
      agendaItemId: initialItemId && agenda.some((item) => item.id === initialItemId) ? initialItemId : '',
    } satisfies Draft,
    schema: action ? updateActionInputSchema : createActionInputSchema,
    conflictMessage: 'Not saved: someone changed this action while you were working. Your changes are still here: reload the page to see theirs, then make yours again.',
    fieldOrder: ['what', 'ownerId', 'ownerName', 'due', 'agendaItemId'],
    toInput: (draft) => {
      const problems: FieldError[] = []
      if (draft.owner === '') problems.push({ path: 'ownerId', message: 'Choose who owns the action' })
      if (draft.owner === SOMEONE_ELSE && draft.ownerName.trim() === '') problems.push({ path: 'ownerName', message: 'Enter the name of who owns the action' })
      const due = actionDueFromDraft(draft, problems)
      const changes = {
        what: draft.what,
        ownerId: draft.owner && draft.owner !== SOMEONE_ELSE ? draft.owner : null,
        ownerName: draft.owner === SOMEONE_ELSE ? draft.ownerName : undefined,
        due,
      }
      // A changed action keeps its meeting and item; a changed owner in words clears the person, and the other way round.
      const input = action
        ? { ...changes, ownerName: draft.owner === SOMEONE_ELSE ? draft.ownerName : null }
        : { ...changes, meetingId, agendaItemId: draft.agendaItemId || null }
      return { input, problems, covers: ['ownerId', 'due'] }
    },
  })
  const { draft, set, errors, byField } = form
  const errorAt = (path: string) => errors.find((error) => error.path === path)?.message

  const pending = create.isPending || update.isPending
  const submit = form.handleSubmit<Action>(
    (input, callbacks) =>
      action ? update.mutate({ id: action.id, version: action.version, input: updateActionInputSchema.parse(input) }, callbacks) : create.mutate(createActionInputSchema.parse(input), callbacks),
    onSaved,
  )

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={actionFieldId} />
      <Textarea
        id="what"
        label="What is to be done"
        hint="As the minutes record it, for example: Report the cost of agency cover to the next meeting."
        value={draft.what}
        onChange={(what) => set({ what })}
        error={byField.what}
        rows={3}
      />
      <Select
        id="ownerId"
        label="Who owns it"
        value={draft.owner}
        onChange={(owner) => set({ owner })}
        error={byField.ownerId}
        options={[
          { value: '', label: 'Choose who owns it' },
          ...people.map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}` })),
          { value: SOMEONE_ELSE, label: 'Someone else (not in the list)' },
        ]}
      />
      {draft.owner === SOMEONE_ELSE ? (
        <TextInput
          id="ownerName"
          label="Their name"
          hint="As the minutes name them, for example: The corporate complaints team."
          value={draft.ownerName}
          onChange={(ownerName) => set({ ownerName })}
          error={byField.ownerName}
        />
      ) : null}
      <ActionDueFields draft={draft} set={set} errorAt={errorAt} laterMeetings={laterMeetings} />
      {action ? null : (
        <Select
          id="agendaItemId"
          label="Under which agenda item"
          value={draft.agendaItemId}
          onChange={(agendaItemId) => set({ agendaItemId })}
          error={byField.agendaItemId}
          options={[{ value: '', label: 'Not under an item' }, ...agenda.map((item, index) => ({ value: item.id, label: `${index + 1}. ${item.title}` }))]}
        />
      )}
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? 'Saving…' : action ? 'Save changes' : 'Add the action'}
      </button>
    </form>
  )
}
