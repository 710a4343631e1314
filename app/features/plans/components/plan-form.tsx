import { useState, type ReactNode } from 'react'
import type { Milestone } from '@/contract/milestones'
import { updatePlanInputSchema, type Plan } from '@/contract/plans'
import { ErrorSummary } from '@/components/error-summary'
import { TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useUpdatePlan } from '../api/update-plan'
import { themeFieldId, ThemeFields, themesInput, type ThemeRow } from './theme-fields'

interface PlanFormProps {
  plan: Plan
  /** The plan's milestones: a theme that has some cannot be removed. */
  milestones: Milestone[]
  onSaved: () => void
  /** Shown beside the save button: the way back. */
  cancel: ReactNode
}

/** Renames the plan, and adds, renames or removes its themes. */
export function PlanForm({ plan, milestones, onSaved, cancel }: PlanFormProps) {
  const save = useUpdatePlan()
  // The version the person began from: a change by someone else since then is a conflict, not overwritten.
  const [version] = useState(plan.version)
  const form = useForm({
    draftKey: `plan-edit:${plan.id}`,
    initial: { title: plan.title, themes: plan.themes.map((theme): ThemeRow => ({ id: theme.id, key: theme.id, title: theme.title })) },
    schema: updatePlanInputSchema,
    fieldOrder: ['title', 'themes'],
    toInput: (draft) => ({ input: { title: draft.title, themes: themesInput(draft.themes) } }),
    conflictMessage: 'Not saved: someone else changed this plan since you opened it. Reload the page to see their change; what you typed here is kept.',
  })
  const { draft, set, errors, byField } = form

  const submit = form.handleSubmit((input, callbacks) => save.mutate({ id: plan.id, version, input }, callbacks), onSaved)

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={themeFieldId} />
      <TextInput id="title" label="Plan title" value={draft.title} onChange={(title) => set({ title })} error={byField.title} />
      <ThemeFields
        themes={draft.themes}
        onChange={(themes) => set({ themes })}
        errors={errors}
        milestoneCount={(id) => milestones.filter((milestone) => milestone.themeId === id).length}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={save.isPending}>
          Save the plan
        </button>
        {cancel}
      </div>
    </form>
  )
}
