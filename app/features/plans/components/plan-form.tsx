import { useState, type ReactNode } from 'react'
import type { Milestone } from '@/contract/milestones'
import { updatePlanInputSchema, type Plan } from '@/contract/plans'
import { ErrorSummary } from '@/components/error-summary'
import { TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useUpdatePlan } from '../api/update-plan'

interface ThemeRow {
  /** Absent for a theme added here. */
  id?: string
  key: string
  title: string
}

interface PlanFormProps {
  plan: Plan
  /** The plan's milestones: a theme that has some cannot be removed. */
  milestones: Milestone[]
  onSaved: () => void
  /** Shown beside the save button: the way back. */
  cancel: ReactNode
}

/** A theme's title field: each error about `themes.N…` belongs to row N. */
const themeFieldId = (path: string) => path.replace(/^themes\.(\d+)(\..*)?$/, 'theme-$1')

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
    toInput: (draft) => ({
      input: { title: draft.title, themes: draft.themes.map((theme) => (theme.id ? { id: theme.id, title: theme.title } : { title: theme.title })) },
    }),
    conflictMessage: 'Not saved: someone else changed this plan since you opened it. Reload the page to see their change; what you typed here is kept.',
  })
  const { draft, set, errors, byField } = form
  const used = (id?: string) => (id ? milestones.filter((milestone) => milestone.themeId === id).length : 0)
  const themeError = (index: number) => errors.find((error) => themeFieldId(error.path) === `theme-${index}`)?.message
  const setThemes = (themes: ThemeRow[]) => set({ themes })

  const submit = form.handleSubmit((input, callbacks) => save.mutate({ id: plan.id, version, input }, callbacks), onSaved)

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={themeFieldId} />
      <TextInput id="title" label="Plan title" value={draft.title} onChange={(title) => set({ title })} error={byField.title} />
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Themes</legend>
        <p className="govuk-hint">A theme with milestones cannot be removed: move or delete its milestones first.</p>
        {draft.themes.map((theme, index) => (
          <div key={theme.key} className="app-theme-row">
            <TextInput
              id={`theme-${index}`}
              label={`Theme ${index + 1}`}
              hint={theme.id ? `${used(theme.id)} milestones` : 'New theme'}
              value={theme.title}
              onChange={(value) => setThemes(draft.themes.map((row) => (row.key === theme.key ? { ...row, title: value } : row)))}
              error={themeError(index)}
            />
            {used(theme.id) === 0 ? (
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4"
                onClick={() => setThemes(draft.themes.filter((row) => row.key !== theme.key))}
              >
                Remove<span className="govuk-visually-hidden"> theme {index + 1}</span>
              </button>
            ) : null}
          </div>
        ))}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => setThemes([...draft.themes, { key: `new-${crypto.randomUUID()}`, title: '' }])}
        >
          Add another theme
        </button>
      </fieldset>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={save.isPending}>
          Save the plan
        </button>
        {cancel}
      </div>
    </form>
  )
}
