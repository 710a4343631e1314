import { useId, useState, type FormEvent } from 'react'
import { roleLabels, type Person } from '@/contract/people'
import { useActingAsStore } from '@/stores/acting-as-store'

interface ActingAsPickerProps {
  people: Person[]
  /** Compact form for the header bar. */
  compact?: boolean
  onChosen?: (person: Person) => void
}

/** Choose who you are acting as; the choice is kept across reloads. */
export function ActingAsPicker({ people, compact = false, onChosen }: ActingAsPickerProps) {
  const personId = useActingAsStore((state) => state.personId)
  const setPersonId = useActingAsStore((state) => state.setPersonId)
  const [choice, setChoice] = useState(personId ?? '')
  const id = useId()
  const selectId = compact ? `acting-as-${id}` : 'acting-as'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const person = people.find((candidate) => candidate.id === choice)
    if (!person) return
    setPersonId(person.id)
    onChosen?.(person)
  }

  const byRole = (['chair', 'director', 'member'] as const).map((role) => ({
    role,
    people: people.filter((person) => person.active && person.role === role),
  }))

  return (
    <form className={compact ? 'app-acting-as__form' : undefined} onSubmit={submit} noValidate>
      <div className={compact ? undefined : 'govuk-form-group'}>
        <label className={compact ? 'govuk-label govuk-!-margin-bottom-0' : 'govuk-label govuk-label--s'} htmlFor={selectId}>
          {compact ? 'Act as' : 'Who are you acting as?'}
        </label>
        {compact ? null : (
          <div className="govuk-hint">What you may change depends on your role. Elected members can read everything and change nothing.</div>
        )}
        <select className="govuk-select" id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
          {choice === '' ? <option value="">Choose a person</option> : null}
          {byRole.map((group) => (
            <optgroup key={group.role} label={roleLabels[group.role]}>
              {group.people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name} – {person.jobTitle}
                  {person.isAdmin ? ' (administrator)' : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className={`govuk-button${compact ? ' govuk-button--secondary' : ''}`} data-module="govuk-button">
        {compact ? 'Change' : 'Act as this person'}
      </button>
    </form>
  )
}
