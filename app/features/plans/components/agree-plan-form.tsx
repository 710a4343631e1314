import { useState } from 'react'
import type { Board } from '@/contract/boards'
import { agreePlanInputSchema, type Plan } from '@/contract/plans'
import type { FieldError } from '@/contract/problem'
import { DateInput, isoFromParts, partsFromIso, type DateParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { Radios, TextInput } from '@/components/form-fields'
import { todayIso } from '@/lib/dates'
import { useForm } from '@/lib/use-form'
import { useAgreePlan } from '../api/agree-plan'

interface AgreePlanFormProps {
  plan: Plan
  board: Board
  onSaved: (plan: Plan) => void
}

interface Draft {
  choice: string
  other: string
  agreedOn: DateParts
}

/** Who usually agrees an improvement plan: its board, the DfE's adviser, or both together. */
export function agreementChoices(board: Pick<Board, 'name'>): Array<{ value: string; label: string }> {
  return [
    { value: 'board', label: board.name },
    { value: 'board-and-adviser', label: `${board.name}, with the Department for Education’s adviser` },
    { value: 'adviser', label: 'The Department for Education’s improvement adviser' },
    { value: 'other', label: 'Someone else' },
  ]
}

/** Records that the plan was agreed, by whom and when: its milestones' due dates become their baselines. */
export function AgreePlanForm({ plan, board, onSaved }: AgreePlanFormProps) {
  const agree = useAgreePlan()
  const [version] = useState(plan.version)
  const choices = agreementChoices(board)
  const form = useForm({
    draftKey: `plan-agree:${plan.id}`,
    initial: { choice: '', other: '', agreedOn: partsFromIso(todayIso()) } as Draft,
    schema: agreePlanInputSchema,
    fieldOrder: ['agreedBy', 'agreedOn'],
    toInput: (draft) => {
      const agreedOn = isoFromParts(draft.agreedOn)
      const agreedBy = draft.choice === 'other' ? draft.other : (choices.find((choice) => choice.value === draft.choice)?.label ?? '')
      const problems: FieldError[] = []
      if (!draft.choice) problems.push({ path: 'agreedBy', message: 'Select who agreed the plan' })
      if (agreedOn === null) problems.push({ path: 'agreedOn', message: 'The date must be a real date, like 27 3 2026' })
      else if (agreedOn === undefined) problems.push({ path: 'agreedOn', message: 'Enter the date the plan was agreed' })
      else if (agreedOn > todayIso()) problems.push({ path: 'agreedOn', message: 'The date the plan was agreed must be today or in the past' })
      return { input: { agreedBy, agreedOn: agreedOn ?? undefined }, problems }
    },
    conflictMessage: 'Not saved: someone else changed this plan since you opened it. Reload the page to see their change; what you chose here is kept.',
  })
  const { draft, set, errors, byField } = form
  const submit = form.handleSubmit<Plan>((input, callbacks) => agree.mutate({ id: plan.id, version, input }, callbacks), onSaved)
  // "Someone else" with nothing typed is a problem of the text field.
  const otherError = draft.choice === 'other' ? byField.agreedBy : undefined

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={(path) => (path === 'agreedBy' && draft.choice === 'other' ? 'agreedByOther' : (path.split('.')[0] ?? path))} />
      <Radios
        id="agreedBy"
        legend="Who agreed the plan?"
        legendClassName="govuk-fieldset__legend--m"
        value={draft.choice}
        onChange={(choice) => set({ choice })}
        error={otherError ? undefined : byField.agreedBy}
        options={choices}
      />
      {draft.choice === 'other' ? (
        <TextInput
          id="agreedByOther"
          label="Who agreed it"
          hint="For example, “Cabinet, on the recommendation of the Improvement Board”."
          value={draft.other}
          onChange={(other) => set({ other })}
          error={otherError}
        />
      ) : null}
      <DateInput id="agreedOn" legend="When was it agreed?" hint="Today or an earlier day, for example 27 3 2026." value={draft.agreedOn} onChange={(agreedOn) => set({ agreedOn })} error={byField.agreedOn} />
      <button type="submit" className="govuk-button" disabled={agree.isPending}>
        {agree.isPending ? 'Saving…' : 'Agree the plan'}
      </button>
    </form>
  )
}
