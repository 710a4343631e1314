import type { FieldError } from '@/contract/problem'
import { TextInput } from '@/components/form-fields'
import { countOf } from '@/lib/plural'

export interface ThemeRow {
  /** Absent for a theme added here. */
  id?: string
  key: string
  title: string
}

/** A theme's title field: each error about `themes.N…` belongs to row N. */
export const themeFieldId = (path: string) => path.replace(/^themes\.(\d+)(\..*)?$/, 'theme-$1')

/** The themes as the API takes them: a kept theme keeps its id, a new one has none. */
export const themesInput = (rows: ThemeRow[]) => rows.map((theme) => (theme.id ? { id: theme.id, title: theme.title } : { title: theme.title }))

export const newThemeRow = (): ThemeRow => ({ key: `new-${crypto.randomUUID()}`, title: '' })

interface ThemeFieldsProps {
  themes: ThemeRow[]
  onChange: (themes: ThemeRow[]) => void
  errors: FieldError[]
  /** How many milestones a theme has: one that has any cannot be removed. */
  milestoneCount?: (themeId: string) => number
}

/** Add, rename and remove a plan's themes; a theme with milestones says why it cannot be removed. */
export function ThemeFields({ themes, onChange, errors, milestoneCount = () => 0 }: ThemeFieldsProps) {
  const used = (id?: string) => (id ? milestoneCount(id) : 0)
  const themeError = (index: number) => errors.find((error) => themeFieldId(error.path) === `theme-${index}`)?.message
  const hint = (theme: ThemeRow) => {
    if (!theme.id) return 'New theme'
    const count = used(theme.id)
    if (count === 0) return 'No milestones yet'
    return `${countOf(count, 'milestone', 'milestones')}: it cannot be removed until they are moved to another theme or deleted`
  }
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" id="themes">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Themes</legend>
      <p className="govuk-hint">The plan’s milestones are organised in themes, for example “Care leavers” or “Recruitment and retention of social workers”.</p>
      {themes.length === 0 ? <p className="govuk-body">No themes yet.</p> : null}
      {themes.map((theme, index) => (
        <div key={theme.key} className="app-theme-row">
          <TextInput
            id={`theme-${index}`}
            label={`Theme ${index + 1}`}
            hint={hint(theme)}
            value={theme.title}
            onChange={(value) => onChange(themes.map((row) => (row.key === theme.key ? { ...row, title: value } : row)))}
            error={themeError(index)}
          />
          {used(theme.id) === 0 ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4"
              onClick={() => onChange(themes.filter((row) => row.key !== theme.key))}
            >
              Remove<span className="govuk-visually-hidden"> theme {index + 1}</span>
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onChange([...themes, newThemeRow()])}>
        {themes.length === 0 ? 'Add a theme' : 'Add another theme'}
      </button>
    </fieldset>
  )
}
