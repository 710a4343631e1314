import {
  boardKindLabels,
  boardKinds,
  createBoardInputSchema,
  DEFAULT_PAPERS_LEAD_DAYS,
  DEFAULT_STALE_AFTER_DAYS,
  type Board,
} from '@/contract/boards'
import type { Person } from '@/contract/people'
import { ErrorSummary } from '@/components/error-summary'
import { Checkboxes, Radios, Select, TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useCreateBoard } from '../api/create-board'
import { mayChairBoards, mayOwnMilestones } from '@/domain/permissions'
import { choosable } from '@/domain/people-rules'

interface BoardFormProps {
  people: Person[]
  /** The boards already known: a new scrutiny or cabinet committee may scrutinise one's plan. */
  boards: Board[]
  actingPerson: Person
  onCreated: (board: Board) => void
}

/** Whole numbers only; anything else fails the schema with its own message. */
function toNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN
}

export function BoardForm({ people, boards, actingPerson, onCreated }: BoardFormProps) {
  const createBoard = useCreateBoard()
  const improvementBoards = boards.filter((board) => board.kind === 'improvement-board')
  const form = useForm({
    draftKey: 'board-new',
    initial: {
      name: '',
      kind: '',
      chairId: actingPerson.id,
      memberIds: [] as string[],
      officerIds: [] as string[],
      papersLeadDays: String(DEFAULT_PAPERS_LEAD_DAYS),
      staleAfterDays: String(DEFAULT_STALE_AFTER_DAYS),
      // With one improvement board, that is the plan a committee scrutinises.
      scrutinisesBoardId: improvementBoards.length === 1 ? improvementBoards[0]!.id : '',
    },
    schema: createBoardInputSchema,
    fieldOrder: ['name', 'kind', 'scrutinisesBoardId', 'chairId', 'memberIds', 'officerIds', 'papersLeadDays', 'staleAfterDays'],
    toInput: (draft) => ({
      input: {
        name: draft.name,
        kind: draft.kind || undefined,
        chairId: draft.chairId,
        memberIds: draft.memberIds,
        officerIds: draft.officerIds,
        papersLeadDays: toNumber(draft.papersLeadDays),
        staleAfterDays: toNumber(draft.staleAfterDays),
        // An improvement board has a plan of its own.
        ...(draft.kind && draft.kind !== 'improvement-board' && draft.scrutinisesBoardId ? { scrutinisesBoardId: draft.scrutinisesBoardId } : {}),
      },
    }),
  })
  const { draft, set, errors, byField } = form
  const { name, kind, chairId, memberIds, officerIds, papersLeadDays, staleAfterDays, scrutinisesBoardId } = draft

  const submit = form.handleSubmit((input, callbacks) => createBoard.mutate(input, callbacks), onCreated)

  const chairs = choosable(people, mayChairBoards)
  // One seat each: the chair, a member or an officer.
  const members = choosable(people, (person) => person.id !== chairId && !officerIds.includes(person.id))
  const officers = choosable(people, (person) => mayOwnMilestones(person) && person.id !== chairId && !memberIds.includes(person.id))

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput id="name" label="Board name" value={name} onChange={(value) => set({ name: value })} error={byField.name} spellCheck />
      <Radios
        id="kind"
        legend="What kind of board is it?"
        legendClassName="govuk-fieldset__legend--s"
        value={kind}
        onChange={(value) => set({ kind: value })}
        error={byField.kind}
        options={boardKinds.map((value) => ({ value, label: boardKindLabels[value] }))}
      />
      {kind && kind !== 'improvement-board' && boards.length > 0 ? (
        <Select
          id="scrutinisesBoardId"
          label="Whose improvement plan does it scrutinise?"
          hint="Its members see that plan’s picture on their home page, and its page links to the plan."
          value={scrutinisesBoardId}
          onChange={(value) => set({ scrutinisesBoardId: value })}
          error={byField.scrutinisesBoardId}
          options={[{ value: '', label: 'No board’s plan in particular' }, ...boards.map((board) => ({ value: board.id, label: board.name }))]}
        />
      ) : null}
      <Select
        id="chairId"
        label="Chair"
        value={chairId}
        onChange={(value) => set({ chairId: value })}
        error={byField.chairId}
        options={chairs.map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}` }))}
      />
      <Checkboxes
        id="memberIds"
        legend="Members"
        hint="Select everyone who sits on the board. Members see its meetings on their home page."
        small
        values={memberIds}
        onChange={(value) => set({ memberIds: value })}
        error={byField.memberIds}
        options={members.map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}` }))}
      />
      <Checkboxes
        id="officerIds"
        legend="Officers"
        hint="Directors and heads of service who own its milestones and write its reports."
        small
        values={officerIds}
        onChange={(value) => set({ officerIds: value })}
        error={byField.officerIds}
        options={officers.map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}` }))}
      />
      <TextInput
        id="papersLeadDays"
        label="Papers lead time, in clear working days"
        hint="Papers must be published this many clear working days before each meeting. Weekends and bank holidays do not count."
        value={papersLeadDays}
        onChange={(value) => set({ papersLeadDays: value })}
        inputMode="numeric"
        widthClass="govuk-input--width-3"
        error={byField.papersLeadDays}
      />
      <TextInput
        id="staleAfterDays"
        label="Days without an update before a milestone is stale"
        value={staleAfterDays}
        onChange={(value) => set({ staleAfterDays: value })}
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
