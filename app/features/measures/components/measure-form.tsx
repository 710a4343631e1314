import { useState } from 'react'
import type { Board } from '@/contract/boards'
import { createMeasureInputSchema, measureDirectionLabels, measureDirections, updateMeasureInputSchema, type Measure, type MeasureDirection } from '@/contract/measures'
import type { Milestone } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Plan } from '@/contract/plans'
import { ErrorSummary } from '@/components/error-summary'
import { Checkboxes, Radios, Select, TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useCreateMeasure, useUpdateMeasure } from '../api/save-measure'
import { formatFigure, parseFigure } from '../format'
import { ownerChoices } from '@/domain/people-rules'

interface Draft {
  name: string
  unit: string
  direction: string
  target: string
  greenFrom: string
  amberFrom: string
  themeId: string
  milestoneIds: string[]
  ownerId: string
}

interface MeasureFormProps {
  plan: Plan
  board: Board
  people: Person[]
  milestones: Milestone[]
  /** The measure being changed; absent when adding one. */
  measure?: Measure
  onSaved: (measure: Measure) => void
}

const fieldOrder = ['name', 'unit', 'direction', 'target', 'greenFrom', 'amberFrom', 'themeId', 'milestoneIds', 'ownerId']

const directionHints: Record<MeasureDirection, string> = {
  'higher-is-better': 'For example, assessments completed on time or care leavers in suitable accommodation.',
  'lower-is-better': 'For example, caseloads, agency staff or re-referrals.',
}

export function MeasureForm({ plan, board, people, milestones, measure, onSaved }: MeasureFormProps) {
  const figure = (value: number | undefined) => (value === undefined ? '' : formatFigure(value).replace(/,/g, ''))
  const initial: Draft = {
    name: measure?.name ?? '',
    unit: measure?.unit ?? '',
    direction: measure?.direction ?? '',
    target: figure(measure?.target),
    greenFrom: figure(measure?.greenFrom),
    amberFrom: figure(measure?.amberFrom),
    themeId: measure?.themeId ?? '',
    milestoneIds: measure?.milestoneIds ?? [],
    ownerId: measure?.ownerId ?? '',
  }
  const form = useForm({
    draftKey: measure ? `measure-edit:${measure.id}` : `measure-new:${plan.id}`,
    initial,
    schema: measure ? updateMeasureInputSchema : createMeasureInputSchema,
    fieldOrder,
    toInput: (draft) => {
      const fields = {
        name: draft.name,
        unit: draft.unit,
        direction: draft.direction || undefined,
        target: parseFigure(draft.target),
        greenFrom: parseFigure(draft.greenFrom),
        amberFrom: parseFigure(draft.amberFrom),
        themeId: draft.themeId || null,
        milestoneIds: draft.milestoneIds,
        ownerId: draft.ownerId || undefined,
      }
      // A PATCH leaves out what is not named: an owner left unchosen would be no change, so ask for one here too.
      const problems = measure && !draft.ownerId ? [{ path: 'ownerId', message: 'Select the owner' }] : []
      return { input: measure ? fields : { ...fields, planId: plan.id }, problems }
    },
    conflictMessage: 'Not saved: someone else changed this measure since you opened it. Reload the page to see their change; what you typed here is kept.',
  })
  const { draft, set, errors, byField } = form
  const [baseVersion] = useState(measure?.version ?? 0)
  const create = useCreateMeasure()
  const update = useUpdateMeasure()
  const pending = create.isPending || update.isPending

  const submit = form.handleSubmit<Measure>((input, callbacks) => {
    if (measure) update.mutate({ id: measure.id, version: baseVersion, input }, callbacks)
    else if ('planId' in input) create.mutate(input, callbacks)
  }, onSaved)

  const owners = ownerChoices(people, board, measure?.ownerId)
  // The chosen theme's milestones (all of them for the plan as a whole), and any already chosen elsewhere.
  const offeredMilestones = milestones.filter((milestone) => !draft.themeId || milestone.themeId === draft.themeId || draft.milestoneIds.includes(milestone.id))
  const direction = measureDirections.find((candidate) => candidate === draft.direction)
  const higher = direction !== 'lower-is-better'
  const atOrBetter = direction ? (higher ? 'at or above' : 'at or below') : 'at or better than'

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput id="name" label="Name of the measure" hint="For example, assessments completed within 45 working days." value={draft.name} onChange={(name) => set({ name })} error={byField.name} spellCheck />
      <TextInput
        id="unit"
        label="Unit"
        hint="What a value counts: % for a percentage, or words such as “children per social worker” or “days”."
        value={draft.unit}
        onChange={(unit) => set({ unit })}
        error={byField.unit}
        widthClass="govuk-input--width-20"
      />
      <Radios
        id="direction"
        legend="Which way is good?"
        value={draft.direction}
        onChange={(value) => set({ direction: value })}
        error={byField.direction}
        options={measureDirections.map((value) => ({ value, label: measureDirectionLabels[value], hint: directionHints[value] }))}
      />
      <TextInput id="target" label="Target" hint="The value the plan aims for, as a number." value={draft.target} onChange={(target) => set({ target })} error={byField.target} inputMode="decimal" widthClass="govuk-input--width-10" />
      <TextInput
        id="greenFrom"
        label="On target (green) from"
        hint={`A month ${atOrBetter} this value is on target. Often the target itself.`}
        value={draft.greenFrom}
        onChange={(greenFrom) => set({ greenFrom })}
        error={byField.greenFrom}
        inputMode="decimal"
        widthClass="govuk-input--width-10"
      />
      <TextInput
        id="amberFrom"
        label="Near target (amber) from"
        hint={`A month ${atOrBetter} this value, but short of green, is near target; anything worse is off target (red).${direction ? ` ${higher ? 'At or below' : 'At or above'} where green starts.` : ''}`}
        value={draft.amberFrom}
        onChange={(amberFrom) => set({ amberFrom })}
        error={byField.amberFrom}
        inputMode="decimal"
        widthClass="govuk-input--width-10"
      />
      <Select
        id="themeId"
        label="Theme it evidences"
        value={draft.themeId}
        onChange={(themeId) => set({ themeId })}
        error={byField.themeId}
        options={[{ value: '', label: 'The plan as a whole' }, ...plan.themes.map((theme) => ({ value: theme.id, label: theme.title }))]}
      />
      {offeredMilestones.length > 0 || byField.milestoneIds ? (
        <Checkboxes
          id="milestoneIds"
          legend="Milestones it evidences (optional)"
          hint={draft.themeId ? 'The milestones of the theme chosen above.' : 'Choose a theme above to see only its milestones.'}
          small
          values={draft.milestoneIds}
          onChange={(milestoneIds) => set({ milestoneIds })}
          error={byField.milestoneIds}
          options={offeredMilestones.map((milestone) => ({ value: milestone.id, label: milestone.title }))}
        />
      ) : null}
      <Select
        id="ownerId"
        label="Owner"
        hint="The officer who answers for it and records its actual each month. The board’s chair may record them too."
        value={draft.ownerId}
        onChange={(ownerId) => set({ ownerId })}
        error={byField.ownerId}
        options={[
          { value: '', label: 'Choose an owner' },
          ...owners.map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}${person.active ? '' : ' (deactivated)'}` })),
        ]}
      />
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? 'Saving…' : measure ? 'Save changes' : 'Add measure'}
      </button>
    </form>
  )
}
