import type { ReactNode } from 'react'

interface FilterSelectProps {
  id: string
  name: string
  label: string
  defaultValue: string
  fullWidth?: boolean
  /** The <option>s. */
  children: ReactNode
}

/** A select in a GET filter form: uncontrolled, so submitting the form puts its value in the URL. */
export function FilterSelect({ id, name, label, defaultValue, fullWidth = false, children }: FilterSelectProps) {
  return (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <select className={`govuk-select${fullWidth ? ' govuk-!-width-full' : ''}`} id={id} name={name} defaultValue={defaultValue}>
        {children}
      </select>
    </div>
  )
}
