import type { ReactNode } from 'react'

interface FieldProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  /** Label as the page heading, for one-question pages. */
  labelClassName?: string
}

export function describedBy(id: string, hint: ReactNode | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

/** A field's hint and error message, with the ids its aria-describedby points at. */
export function HintAndError({ id, hint, error }: Pick<FieldProps, 'id' | 'hint' | 'error'>) {
  return (
    <>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
    </>
  )
}

export function groupClass(error: string | undefined): string {
  return `govuk-form-group${error ? ' govuk-form-group--error' : ''}`
}

interface TextInputProps extends FieldProps {
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'email' | 'number' | 'search' | 'date' | 'url'
  inputMode?: 'numeric' | 'decimal' | 'text' | 'url'
  widthClass?: string
  autoComplete?: string
  spellCheck?: boolean
}

export function TextInput({ id, label, hint, error, value, onChange, type = 'text', inputMode, widthClass, autoComplete, spellCheck, labelClassName }: TextInputProps) {
  return (
    <div className={groupClass(error)}>
      <label className={`govuk-label${labelClassName ? ` ${labelClassName}` : ''}`} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        className={`govuk-input${widthClass ? ` ${widthClass}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type={type}
        inputMode={inputMode}
        value={value}
        autoComplete={autoComplete ?? 'off'}
        spellCheck={spellCheck}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}

interface TextareaProps extends FieldProps {
  value: string
  onChange: (value: string) => void
  rows?: number
}

export function Textarea({ id, label, hint, error, value, onChange, rows = 5 }: TextareaProps) {
  return (
    <div className={groupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}

export interface Option {
  value: string
  label: string
  hint?: string
}

interface SelectProps extends FieldProps {
  value: string
  options: Option[]
  onChange: (value: string) => void
}

export function Select({ id, label, hint, error, value, options, onChange }: SelectProps) {
  return (
    <div className={groupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

interface ChoiceGroupProps extends Omit<FieldProps, 'label'> {
  legend: ReactNode
  legendClassName?: string
  options: Option[]
  small?: boolean
  inline?: boolean
}

interface RadiosProps extends ChoiceGroupProps {
  value: string
  onChange: (value: string) => void
}

/** The first radio carries the group's id, so error summary links land on it. */
export function Radios({ id, legend, legendClassName, hint, error, value, options, onChange, small, inline }: RadiosProps) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend ${legendClassName ?? 'govuk-fieldset__legend--s'}`}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={`govuk-radios${small ? ' govuk-radios--small' : ''}${inline ? ' govuk-radios--inline' : ''}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={id}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                  onChange={() => onChange(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${optionId}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

interface CheckboxesProps extends ChoiceGroupProps {
  values: string[]
  onChange: (values: string[]) => void
}

export function Checkboxes({ id, legend, legendClassName, hint, error, values, options, onChange, small }: CheckboxesProps) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend ${legendClassName ?? 'govuk-fieldset__legend--s'}`}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`
            const checked = values.includes(option.value)
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={optionId}
                  name={id}
                  type="checkbox"
                  value={option.value}
                  checked={checked}
                  onChange={() => onChange(checked ? values.filter((value) => value !== option.value) : [...values, option.value])}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}
