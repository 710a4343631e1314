import type { ReactNode } from 'react'
import { describedBy, groupClass, HintAndError } from './form-fields'

export interface MonthParts {
  month: string
  year: string
}

export const emptyMonth: MonthParts = { month: '', year: '' }


/** The `YYYY-MM` month, undefined when both are empty, or null when it is not a real month. */
export function isoMonthFromParts(parts: MonthParts): string | undefined | null {
  const month = parts.month.trim()
  const year = parts.year.trim()
  if (!month && !year) return undefined
  if (!/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year) || Number(month) < 1 || Number(month) > 12) return null
  return `${year}-${month.padStart(2, '0')}`
}

interface MonthInputProps {
  id: string
  legend: ReactNode
  hint?: ReactNode
  error?: string
  value: MonthParts
  onChange: (value: MonthParts) => void
}

/** GOV.UK date input with month and year only; the month field carries the group's id for error links. */
export function MonthInput({ id, legend, hint, error, value, onChange }: MonthInputProps) {
  const field = (part: keyof MonthParts, label: string, width: string) => {
    const fieldId = part === 'month' ? id : `${id}-${part}`
    return (
      <div className="govuk-date-input__item">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-date-input__label" htmlFor={fieldId}>
            {label}
          </label>
          <input
            className={`govuk-input govuk-date-input__input ${width}${error ? ' govuk-input--error' : ''}`}
            id={fieldId}
            name={fieldId}
            type="text"
            inputMode="numeric"
            value={value[part]}
            onChange={(event) => onChange({ ...value, [part]: event.target.value })}
          />
        </div>
      </div>
    )
  }
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="govuk-date-input">
          {field('month', 'Month', 'govuk-input--width-2')}
          {field('year', 'Year', 'govuk-input--width-4')}
        </div>
      </fieldset>
    </div>
  )
}
