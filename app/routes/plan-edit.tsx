import { useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { updatePlanInputSchema } from '@/contract/plans'
import type { FieldError } from '@/contract/problem'
import { ErrorSummary } from '@/components/error-summary'
import { TextInput } from '@/components/form-fields'
import { PageHeading } from '@/components/page'
import { errorsByField, saveErrors, zodFieldErrors } from '@/lib/form-errors'
import { useDraft } from '@/lib/use-draft'
import { useActingPerson } from '@/features/people/api/get-people'
import { useUpdatePlan } from '@/features/plans/api/update-plan'
import { pageUrls } from '@/lib/page-urls'
import { planPageData } from './plan-data'

export const loader = planPageData.loader
export { EditPlanPage as Component }
import { mayChangePlan } from '@/domain/permissions'

interface ThemeRow {
  /** Absent for a theme added here. */
  id?: string
  key: string
  title: string
}

export function EditPlanPage() {
  const { plan, board, milestones } = planPageData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const save = useUpdatePlan()
  const [draft, setDraft, clearDraft] = useDraft(`plan-edit:${plan.id}`, {
    title: plan.title,
    themes: plan.themes.map((theme): ThemeRow => ({ id: theme.id, key: theme.id, title: theme.title })),
  })
  const { title, themes } = draft
  const setTitle = (value: string) => setDraft({ ...draft, title: value })
  const setThemes = (value: ThemeRow[]) => setDraft({ ...draft, themes: value })
  const [errors, setErrors] = useState<FieldError[]>([])
  const [version] = useState(plan.version)
  const used = (id?: string) => (id ? milestones.filter((milestone) => milestone.themeId === id).length : 0)
  const path = pageUrls.plan(plan.id)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const input = { title, themes: themes.map((theme) => (theme.id ? { id: theme.id, title: theme.title } : { title: theme.title })) }
    const parsed = updatePlanInputSchema.safeParse(input)
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error).map((error) => ({ ...error, path: error.path.replace(/^themes\.(\d+)\.title$/, 'theme-$1') })))
      return
    }
    setErrors([])
    save.mutate(
      { id: plan.id, version, input: parsed.data },
      {
        onSuccess: () => {
          clearDraft()
          navigate(path)
        },
        onError: (error) => setErrors(saveErrors(error, 'Not saved: someone else changed this plan since you opened it. Reload the page to see their change; what you typed here is kept.')),
      },
    )
  }
  const byField = errorsByField(errors)

  if (!mayChangePlan(person, board).allowed) {
    return (
      <>
        <PageHeading>Edit the plan</PageHeading>
        <p className="govuk-body">Only the chair of {board.name} can edit its plan.</p>
      </>
    )
  }

  return (
    <>
      <Link to={path} className="govuk-back-link">
        Back to the plan
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={plan.title}>Edit the plan and its themes</PageHeading>
          <form onSubmit={submit} noValidate>
            <ErrorSummary errors={errors} fieldId={(errorPath) => errorPath} />
            <TextInput id="title" label="Plan title" value={title} onChange={setTitle} error={byField.title} />
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Themes</legend>
              <p className="govuk-hint">A theme with milestones cannot be removed: move or delete its milestones first.</p>
              {themes.map((theme, index) => (
                <div key={theme.key} className="app-theme-row">
                  <TextInput
                    id={`theme-${index}`}
                    label={`Theme ${index + 1}`}
                    hint={theme.id ? `${used(theme.id)} milestones` : 'New theme'}
                    value={theme.title}
                    onChange={(value) => setThemes(themes.map((row) => (row.key === theme.key ? { ...row, title: value } : row)))}
                    error={byField[`theme-${index}`]}
                  />
                  {used(theme.id) === 0 ? (
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4"
                      onClick={() => setThemes(themes.filter((row) => row.key !== theme.key))}
                    >
                      Remove<span className="govuk-visually-hidden"> theme {index + 1}</span>
                    </button>
                  ) : null}
                </div>
              ))}
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => setThemes([...themes, { key: `new-${crypto.randomUUID()}`, title: '' }])}
              >
                Add another theme
              </button>
            </fieldset>
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" disabled={save.isPending}>
                Save the plan
              </button>
              <Link className="govuk-link" to={path}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  )
}
