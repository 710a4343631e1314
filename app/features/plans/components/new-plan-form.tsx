import type { Board } from '@/contract/boards'
import { createPlanInputSchema, type Plan } from '@/contract/plans'
import { ErrorSummary } from '@/components/error-summary'
import { Select, TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useCreatePlan } from '../api/create-plan'
import { themeFieldId, ThemeFields, themesInput, type ThemeRow } from './theme-fields'

interface NewPlanFormProps {
  board: Board
  /** The inspections a plan may answer, each with the name to show. */
  inspections: Array<{ id: string; name: string }>
  /** The inspection to start from (the plan was begun from its page). */
  inspectionId?: string
  onSaved: (plan: Plan) => void
}

interface Draft {
  title: string
  inspectionId: string
  themes: ThemeRow[]
}

/** A new plan of a board: its title, the inspection it answers, and its themes. It starts as a draft. */
export function NewPlanForm({ board, inspections, inspectionId, onSaved }: NewPlanFormProps) {
  const create = useCreatePlan()
  const form = useForm({
    draftKey: `plan-new:${board.id}:${inspectionId ?? ''}`,
    initial: { title: '', inspectionId: inspectionId ?? '', themes: [] } as Draft,
    schema: createPlanInputSchema,
    fieldOrder: ['title', 'inspectionId', 'themes'],
    toInput: (draft) => ({ input: { boardId: board.id, title: draft.title, inspectionId: draft.inspectionId || null, themes: themesInput(draft.themes) } }),
  })
  const { draft, set, errors, byField } = form
  const submit = form.handleSubmit<Plan>((input, callbacks) => create.mutate(input, callbacks), onSaved)

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={themeFieldId} />
      <TextInput
        id="title"
        label="Plan title"
        hint="For example, “Children’s Services Improvement Plan 2027 to 2029”."
        value={draft.title}
        onChange={(title) => set({ title })}
        error={byField.title}
        spellCheck
      />
      <Select
        id="inspectionId"
        label="The inspection the plan answers"
        hint="Its milestones will answer this inspection’s recommendations, and those of the visits that follow it up."
        value={draft.inspectionId}
        onChange={(value) => set({ inspectionId: value })}
        error={byField.inspectionId}
        options={[{ value: '', label: 'None: the plan answers no inspection' }, ...inspections.map((each) => ({ value: each.id, label: each.name }))]}
      />
      <ThemeFields themes={draft.themes} onChange={(themes) => set({ themes })} errors={errors} />
      <p className="govuk-body">
        The plan starts as a draft of {board.name}. Add its milestones, then record when it was agreed: agreeing it fixes each milestone’s due date as
        its baseline.
      </p>
      <button type="submit" className="govuk-button" disabled={create.isPending}>
        {create.isPending ? 'Saving…' : 'Create the plan'}
      </button>
    </form>
  )
}
