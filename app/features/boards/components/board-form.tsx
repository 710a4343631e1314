import { useState, type FormEvent } from 'react'
import {
  boardKindLabels,
  boardKinds,
  createBoardInputSchema,
  DEFAULT_PAPERS_LEAD_DAYS,
  DEFAULT_STALE_AFTER_DAYS,
  type Board,
} from '@/contract/boards'
import type { FieldError } from '@/contract/problem'
import type { Person } from '@/contract/people'
import { ErrorSummary } from '@/components/error-summary'
import { Checkboxes, Radios, Select, TextInput } from '@/components/form-fields'
import { errorsByField, saveErrors, zodFieldErrors } from '@/lib/form-errors'
import { useDraft } from '@/lib/use-draft'
import { useCreateBoard } from '../api/create-board'
import { mayChairBoards } from '@/domain/permissions'

interface BoardFormProps {
  people: Person[]
  actingPerson: Person
  onCreated: (board: Board) => void
}

/** Whole numbers only; anything else fails the schema with its own message. */
function toNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN
}

export function BoardForm({ people, actingPerson, onCreated }: BoardFormProps) {
  const [draft, setDraft, clearDraft] = useDraft('board-new', {
    name: '',
    kind: '',
    chairId: actingPerson.id,
    memberIds: [] as string[],
    papersLeadDays: String(DEFAULT_PAPERS_LEAD_DAYS),
    staleAfterDays: String(DEFAULT_STALE_AFTER_DAYS),
  })
  const { name, kind, chairId, memberIds, papersLeadDays, staleAfterDays } = draft
  const setName = (value: string) => setDraft({ ...draft, name: value })
  const setKind = (value: string) => setDraft({ ...draft, kind: value })
  const setChairId = (value: string) => setDraft({ ...draft, chairId: value })
  const setMemberIds = (value: string[]) => setDraft({ ...draft, memberIds: value })
  const setPapersLeadDays = (value: string) => setDraft({ ...draft, papersLeadDays: value })
  const setStaleAfterDays = (value: string) => setDraft({ ...draft, staleAfterDays: value })
  const [errors, setErrors] = useState<FieldError[]>([])
  const createBoard = useCreateBoard()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = createBoardInputSchema.safeParse({
      name,
      kind: kind || undefined,
      chairId,
      memberIds,
      papersLeadDays: toNumber(papersLeadDays),
      staleAfterDays: toNumber(staleAfterDays),
    })
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      return
    }
    setErrors([])
    createBoard.mutate(parsed.data, {
      onSuccess: (board) => {
        clearDraft()
        onCreated(board)
      },
      onError: (error) => setErrors(saveErrors(error)),
    })
  }

  const byField = errorsByField(errors)
  const chairs = people.filter(mayChairBoards)
  const members = people.filter((person) => person.id !== chairId)

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput id="name" label="Board name" value={name} onChange={setName} error={byField.name} spellCheck />
      <Radios
        id="kind"
        legend="What kind of board is it?"
        legendClassName="govuk-fieldset__legend--s"
        value={kind}
        onChange={setKind}
        error={byField.kind}
        options={boardKinds.map((value) => ({ value, label: boardKindLabels[value] }))}
      />
      <Select
        id="chairId"
        label="Chair"
        value={chairId}
        onChange={setChairId}
        error={byField.chairId}
        options={chairs.map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}` }))}
      />
      <Checkboxes
        id="memberIds"
        legend="Members"
        hint="Select everyone who sits on the board. Members see its meetings on their home page."
        small
        values={memberIds}
        onChange={setMemberIds}
        error={byField.memberIds}
        options={members.map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}` }))}
      />
      <TextInput
        id="papersLeadDays"
        label="Papers lead time, in clear working days"
        hint="Papers must be published this many clear working days before each meeting. Weekends and bank holidays do not count."
        value={papersLeadDays}
        onChange={setPapersLeadDays}
        inputMode="numeric"
        widthClass="govuk-input--width-3"
        error={byField.papersLeadDays}
      />
      <TextInput
        id="staleAfterDays"
        label="Days without an update before a milestone is stale"
        value={staleAfterDays}
        onChange={setStaleAfterDays}
        inputMode="numeric"
        widthClass="govuk-input--width-3"
        error={byField.staleAfterDays}
      />
      <button type="submit" className="govuk-button" disabled={createBoard.isPending} aria-disabled={createBoard.isPending}>
        {createBoard.isPending ? 'Saving…' : 'Add board'}
      </button>
    </form>
  )
}
