import { useEffect, useRef, type MouseEvent } from 'react'
import type { FieldError } from '@/contract/problem'

interface ErrorSummaryProps {
  errors: FieldError[]
  /** The id of the field each error's path points at. */
  fieldId?: (path: string) => string
}

/** GOV.UK error summary: takes focus when it appears; each link moves focus to its field. */
export function ErrorSummary({ errors, fieldId = defaultFieldId }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus()
  }, [errors])
  if (errors.length === 0) return null

  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const field = document.getElementById(id)
    if (!field) return
    event.preventDefault()
    const legendOrLabel = field.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(id)}"]`)
    ;(legendOrLabel ?? field).scrollIntoView()
    field.focus({ preventScroll: true })
  }

  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error, index) => {
              const id = fieldId(error.path)
              return (
                <li key={`${error.path}-${index}`}>
                  {error.path ? (
                    <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                      {error.message}
                    </a>
                  ) : (
                    error.message
                  )}
                </li>
              )
            })}
          </ul>
        </div>
      </div>
    </div>
  )
}

export function defaultFieldId(path: string): string {
  return path.split('.')[0] ?? path
}
