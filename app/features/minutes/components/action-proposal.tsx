import type { z } from 'zod'
import { createActionInputSchema } from '@/contract/actions'
import type { MinutesProposal } from '@/contract/minutes'
import type { Person } from '@/contract/people'
import type { FieldError } from '@/contract/problem'
import { partsFromIso, type DateParts } from '@/components/date-input'
import { ActionDueFields, actionDueFromDraft } from '@/components/action-due-fields'
import { ErrorSummary } from '@/components/error-summary'
import { Select, Textarea, TextInput } from '@/components/form-fields'
import { actionDueOf, matchPerson } from '../accepting'
import { proposalDraftKey, type Outcome } from '../review-state'
import { EditingButtons, ProposalDecision, ProposalItem } from './proposal-item'
import { useProposalForm, type Accept } from './use-proposal-form'

/** The owner select's choice for someone who is not one of the council's people. */
const AS_WRITTEN = 'as-written'

interface Draft {
  what: string
  owner: string
  ownerName: string
  due: string
  dueDate: DateParts
  dueMeetingId: string
}

export type NewAction = z.output<typeof createActionInputSchema>

interface ActionProposalProps {
  number: number
  itemKey: string
  proposal: MinutesProposal
  outcome: Outcome | undefined
  /** The meeting the minutes record: the action is agreed at it. */
  meetingId: string
  meetings: ReadonlyArray<{ id: string; date: string }>
  /** The board's meetings after this one (not cancelled), which it may be due by. */
  laterMeetings: ReadonlyArray<{ id: string; date: string }>
  /** The council's active people, who may own it. */
  people: Person[]
  accept: Accept<NewAction>
  pending: boolean
  decide: (outcome: Outcome | null) => void
}

/** The owner as the draft starts: the person the minutes clearly name, else their words, else to choose. */
function ownerOf(written: string | null, people: Person[]): Pick<Draft, 'owner' | 'ownerName'> {
  const person = matchPerson(written, people)
  if (person) return { owner: person.id, ownerName: '' }
  return written ? { owner: AS_WRITTEN, ownerName: written } : { owner: '', ownerName: '' }
}

/** An action the minutes record: accepted, it goes in the board's action log as agreed at this meeting. */
export function ActionProposal({ number, itemKey, proposal, outcome, meetingId, meetings, laterMeetings, people, accept, pending, decide }: ActionProposalProps) {
  const due = actionDueOf(proposal.due, laterMeetings)
  const id = (field: string) => `${itemKey}-${field}`
  const name = `the action: ${proposal.title}`
  const initial: Draft = { what: proposal.title, ...ownerOf(proposal.owner, people), due: due.due, dueDate: partsFromIso(due.date || undefined), dueMeetingId: due.meetingId }
  const review = useProposalForm(
    {
      draftKey: proposalDraftKey(meetingId, itemKey),
      initial,
      schema: createActionInputSchema,
      fieldOrder: ['what', 'ownerId', 'ownerName', 'due'],
      toInput: (draft) => {
        const problems: FieldError[] = []
        if (draft.owner === '') problems.push({ path: 'ownerId', message: 'Choose who owns the action' })
        if (draft.owner === AS_WRITTEN && draft.ownerName.trim() === '') problems.push({ path: 'ownerName', message: 'Enter the name of who owns the action' })
        const actionDue = actionDueFromDraft(draft, problems)
        const input = {
          meetingId,
          what: draft.what,
          ownerId: draft.owner && draft.owner !== AS_WRITTEN ? draft.owner : null,
          ownerName: draft.owner === AS_WRITTEN ? draft.ownerName : undefined,
          due: actionDue,
        }
        return { input, problems, covers: ['ownerId', 'due'] }
      },
    },
    accept,
    (made) => decide({ state: 'accepted', made: 'action', ...made }),
  )
  const { form } = review
  const { draft, set, byField, errors } = form
  const errorAt = (path: string) => errors.find((error) => error.path === path)?.message
  const owner = people.find((person) => person.id === draft.owner)
  const ownerWords = owner ? `${owner.name} – ${owner.jobTitle}` : draft.owner === AS_WRITTEN && draft.ownerName.trim() ? `${draft.ownerName.trim()} (as written: not one of the council’s people)` : 'Not chosen yet'
  const missing = [draft.owner === '' || (draft.owner === AS_WRITTEN && !draft.ownerName.trim()) ? 'who owns it' : null, draft.due ? null : 'when it is due'].filter(Boolean).join(' and ')
  const fieldId = (path: string) => (path === 'due.date' ? id('dueDate') : path === 'due.meetingId' ? id('dueMeetingId') : id(path.split('.')[0] || 'what'))

  return (
    <ProposalItem number={number} proposal={proposal} outcome={outcome} meetings={meetings} rows={[{ key: 'Owner', value: ownerWords }]}>
      <ProposalDecision
        name={name}
        outcome={outcome}
        does="Accepting adds it to the board’s action log, as agreed at this meeting."
        missing={review.complete ? null : missing || 'what is not right yet'}
        editing={review.editing}
        pending={pending}
        onAccept={review.accept}
        onEdit={review.edit}
        onReject={() => decide({ state: 'rejected' })}
        onUndo={() => decide(null)}
        fields={
          <form onSubmit={review.submit} noValidate>
            <ErrorSummary errors={errors} fieldId={fieldId} />
            <Textarea id={id('what')} label="What is to be done" value={draft.what} onChange={(what) => set({ what })} error={byField.what} rows={3} />
            <Select
              id={id('ownerId')}
              label="Who owns it"
              hint={`The minutes say: ${proposal.owner ?? 'nobody'}.`}
              value={draft.owner}
              onChange={(value) => set({ owner: value, ownerName: value === AS_WRITTEN && !draft.ownerName ? (proposal.owner ?? '') : draft.ownerName })}
              error={byField.ownerId}
              options={[
                { value: '', label: 'Choose who owns it' },
                ...people.map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}` })),
                { value: AS_WRITTEN, label: 'Someone else (not in the list)' },
              ]}
            />
            {draft.owner === AS_WRITTEN ? (
              <TextInput id={id('ownerName')} label="Their name" hint="As the minutes name them." value={draft.ownerName} onChange={(ownerName) => set({ ownerName })} error={byField.ownerName} />
            ) : null}
            <ActionDueFields draft={draft} set={set} errorAt={errorAt} laterMeetings={laterMeetings} id={id} />
            <EditingButtons name={name} pending={pending} onStop={review.stopEditing} onReject={() => decide({ state: 'rejected' })} />
          </form>
        }
      />
    </ProposalItem>
  )
}
