import type { ReactNode } from 'react'
import { isValid, parse } from 'date-fns'
import { describedBy, groupClass, HintAndError } from './form-fields'

export interface DateParts {
  day: string
  month: string
  year: string
}

export const emptyDate: DateParts = { day: '', month: '', year: '' }

export function partsFromIso(iso: string | undefined): DateParts {
  if (!iso) return emptyDate
  const [year = '', month = '', day = ''] = iso.split('-')
  return { day: String(Number(day)), month: String(Number(month)), year }
}

/** The ISO date, undefined when all three are empty, or null when it is not a real date. */
export function isoFromParts(parts: DateParts): string | undefined | null {
  const { day, month, year } = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() }
  if (!day && !month && !year) return undefined
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  const date = parse(iso, 'yyyy-MM-dd', new Date())
  return isValid(date) ? iso : null
}

interface DateInputProps {
  id: string
  legend: ReactNode
  hint?: ReactNode
  error?: string
  value: DateParts
  onChange: (value: DateParts) => void
}

/** GOV.UK date input: day, month and year; the day field carries the group's id for error links. */
export function DateInput({ id, legend, hint, error, value, onChange }: DateInputProps) {
  const field = (part: keyof DateParts, label: string, width: string) => {
    const fieldId = part === 'day' ? id : `${id}-${part}`
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
          {field('day', 'Day', 'govuk-input--width-2')}
          {field('month', 'Month', 'govuk-input--width-2')}
          {field('year', 'Year', 'govuk-input--width-4')}
        </div>
      </fieldset>
    </div>
  )
}
