import type { Board } from '@/contract/boards'
import type { Person } from '@/contract/people'
import { HintAndError, describedBy, groupClass } from '@/components/form-fields'
import { ownerAnchor, possibleOwners, type OwnerChoice, type OwnerEntry } from '../proposal'

interface OwnerQuestionsProps {
  owners: readonly OwnerEntry[]
  choices: Readonly<Record<string, OwnerChoice>>
  onChange: (key: string, choice: OwnerChoice) => void
  people: readonly Person[]
  board: Board
  /** Error messages by the id of the question or field they belong to. */
  errors: Readonly<Record<string, string>>
}

const rowsInWords = (rows: readonly number[]) => (rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}`)
const blank: OwnerChoice = { kind: '', personId: '', name: '', jobTitle: '', email: '' }

/** Owners the app knows, listed; each one it does not, asked once: someone already here, or a new person. */
export function OwnerQuestions({ owners, choices, onChange, people, board, errors }: OwnerQuestionsProps) {
  const matched = owners.filter((entry) => entry.match && choices[entry.key]?.kind !== 'existing' && choices[entry.key]?.kind !== 'new')
  const candidates = possibleOwners(people)
  const officers = candidates.filter((person) => board.officerIds.includes(person.id))
  const others = candidates.filter((person) => !board.officerIds.includes(person.id))

  if (owners.length === 0) return <p className="govuk-body">No row names an owner yet.</p>
  return (
    <>
      {matched.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Owners the app knows</h3>
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            {matched.map((entry) => (
              <div className="govuk-summary-list__row" key={entry.key}>
                <dt className="govuk-summary-list__key">
                  “{entry.text}” ({rowsInWords(entry.sheetRows)})
                </dt>
                <dd className="govuk-summary-list__value">
                  {entry.match!.name}, {entry.match!.jobTitle}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {owners.map((entry, index) => {
        if (entry.match && !choices[entry.key]?.kind) return null
        const choice = { ...blank, ...choices[entry.key] }
        const set = (patch: Partial<OwnerChoice>) => onChange(entry.key, { ...choice, ...patch })
        const id = ownerAnchor(index)
        const error = errors[id]
        const hint = entry.namesakes.length > 1
          ? `${entry.namesakes.length} people here are called ${entry.namesakes[0]!.name}: choose which one. The spreadsheet names them in ${rowsInWords(entry.sheetRows)}.`
          : `The spreadsheet names them in ${rowsInWords(entry.sheetRows)}. No active director or head of service here has this name or email address.`
        return (
          <div className={groupClass(error)} key={entry.key}>
            <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Who is “{entry.text}”?</legend>
              <HintAndError id={id} hint={hint} error={error} />
              <div className="govuk-radios">
                <div className="govuk-radios__item">
                  <input className="govuk-radios__input" id={id} name={id} type="radio" checked={choice.kind === 'existing'} onChange={() => set({ kind: 'existing' })} />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    Someone already here
                  </label>
                </div>
                {choice.kind === 'existing' ? (
                  <div className="govuk-radios__conditional">
                    <PersonSelect id={ownerAnchor(index, 'person')} value={choice.personId} officers={officers} others={others} board={board} onChange={(personId) => set({ personId })} error={errors[ownerAnchor(index, 'person')]} />
                  </div>
                ) : null}
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={`${id}-new`}
                    name={id}
                    type="radio"
                    checked={choice.kind === 'new'}
                    onChange={() => set({ kind: 'new', name: choice.name || entry.text })}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={`${id}-new`}>
                    A new person: add them as a director or head of service
                  </label>
                </div>
                {choice.kind === 'new' ? (
                  <div className="govuk-radios__conditional">
                    <Field id={ownerAnchor(index, 'name')} label="Full name" value={choice.name} onChange={(name) => set({ name })} error={errors[ownerAnchor(index, 'name')]} autoComplete="off" />
                    <Field id={ownerAnchor(index, 'job-title')} label="Job title" value={choice.jobTitle} onChange={(jobTitle) => set({ jobTitle })} error={errors[ownerAnchor(index, 'job-title')]} hint="For example, Head of Early Help." />
                    <Field id={ownerAnchor(index, 'email')} label="Email address (optional)" value={choice.email} onChange={(email) => set({ email })} error={errors[ownerAnchor(index, 'email')]} type="email" />
                  </div>
                ) : null}
              </div>
            </fieldset>
          </div>
        )
      })}
    </>
  )
}

function PersonSelect(props: { id: string; value: string; officers: Person[]; others: Person[]; board: Board; onChange: (id: string) => void; error: string | undefined }) {
  const { id, value, officers, others, board, onChange, error } = props
  const hint = 'Someone who is not yet an officer of the board becomes one.'
  return (
    <div className={groupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        Person
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id={id} value={value} aria-describedby={describedBy(id, hint, error)} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose a person</option>
        {officers.length > 0 ? (
          <optgroup label={`Officers of ${board.name}`}>
            {officers.map((person) => (
              <option key={person.id} value={person.id}>{`${person.name} – ${person.jobTitle}`}</option>
            ))}
          </optgroup>
        ) : null}
        {others.length > 0 ? (
          <optgroup label="Other directors and heads of service">
            {others.map((person) => (
              <option key={person.id} value={person.id}>{`${person.name} – ${person.jobTitle}`}</option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  )
}

function Field(props: { id: string; label: string; value: string; onChange: (value: string) => void; error: string | undefined; hint?: string; type?: string; autoComplete?: string }) {
  const { id, label, value, onChange, error, hint, type = 'text', autoComplete = 'off' } = props
  return (
    <div className={groupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        className={`govuk-input${error ? ' govuk-input--error' : ''}`}
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
