import { useId, useRef, useState, type FormEvent } from 'react'
import type { Board } from '@/contract/boards'
import type { Person } from '@/contract/people'
import { roleWithBoards } from '@/domain/people-rules'
import { useActingAsStore } from '@/stores/acting-as-store'

/** The words of the one "act as" pattern, wherever it appears (the bar on every page, home, settings). */
export const actingAsWords = {
  label: 'Act as',
  button: 'Act as this person',
  placeholder: 'Choose a person',
  nobody: 'You are not acting as anyone: you can look at everything. To make changes, choose a person and select “Act as this person”.',
  error: 'Choose who you are acting as',
} as const

const groupLabels = { chair: 'Board chairs', director: 'Directors and heads of service', member: 'Elected members (read only)' } as const

interface ActingAsPickerProps {
  people: Person[]
  /** To say what a chair chairs. */
  boards: Board[]
  /** `bar`: laid out in one line in the header bar; the words and behaviour are the same. */
  place?: 'bar' | 'page'
}

/**
 * Says who you are acting as and lets you change it: a GOV.UK select and button. The choice is
 * kept across reloads; after choosing, focus moves to the sentence saying who you now act as.
 */
export function ActingAsPicker({ people, boards, place = 'page' }: ActingAsPickerProps) {
  const personId = useActingAsStore((state) => state.personId)
  const setPersonId = useActingAsStore((state) => state.setPersonId)
  const [choice, setChoice] = useState(personId ?? '')
  const [shownFor, setShownFor] = useState(personId)
  const [error, setError] = useState(false)
  const status = useRef<HTMLParagraphElement>(null)
  const id = useId()
  const selectId = `acting-as-${id}`
  const person = people.find((candidate) => candidate.id === personId)

  // Chosen elsewhere (another picker, another tab): show that choice.
  if (shownFor !== personId) {
    setShownFor(personId)
    setChoice(personId ?? '')
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const chosen = people.find((candidate) => candidate.id === choice)
    if (!chosen) {
      setError(true)
      return
    }
    setError(false)
    setPersonId(chosen.id)
    // This picker may go once someone is chosen (home shows it only to nobody): then the bar's sentence takes the focus.
    requestAnimationFrame(() => {
      const target = status.current?.isConnected ? status.current : document.querySelector<HTMLElement>('[data-acting-as-status]')
      target?.focus()
    })
  }

  const byRole = (['chair', 'director', 'member'] as const).map((role) => ({
    role,
    people: people.filter((candidate) => candidate.active && candidate.role === role),
  }))
  const bar = place === 'bar'

  return (
    <>
      <p ref={status} className={bar ? 'govuk-body-s govuk-!-margin-0' : 'govuk-body'} aria-live="polite" tabIndex={-1} data-acting-as-status>
        {person ? (
          <>
            You are acting as <strong>{person.name}</strong> ({roleWithBoards(person, boards)}).
          </>
        ) : (
          actingAsWords.nobody
        )}
      </p>
      <form className={bar ? 'app-acting-as__form' : undefined} onSubmit={submit} noValidate>
        <div className={`govuk-form-group${bar ? ' govuk-!-margin-bottom-0' : ''}${error ? ' govuk-form-group--error' : ''}`}>
          <label className={`govuk-label${bar ? '' : ' govuk-label--s'}`} htmlFor={selectId}>
            {actingAsWords.label}
          </label>
          {error ? (
            <p className="govuk-error-message" id={`${selectId}-error`}>
              <span className="govuk-visually-hidden">Error:</span> {actingAsWords.error}
            </p>
          ) : null}
          <select
            className={`govuk-select${error ? ' govuk-select--error' : ''}`}
            id={selectId}
            value={choice}
            aria-describedby={error ? `${selectId}-error` : undefined}
            onChange={(event) => {
              setChoice(event.target.value)
              setError(false)
            }}
          >
            {choice === '' ? <option value="">{actingAsWords.placeholder}</option> : null}
            {byRole.map((group) => (
              <optgroup key={group.role} label={groupLabels[group.role]}>
                {group.people.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name} – {candidate.jobTitle}
                    {candidate.isAdmin ? ' (administrator)' : ''}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit" className={`govuk-button${bar ? ' govuk-button--secondary' : ''}`} data-module="govuk-button">
          {actingAsWords.button}
        </button>
      </form>
    </>
  )
}
