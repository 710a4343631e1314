import { useState, type FormEvent, type ReactNode } from 'react'
import { ErrorSummary } from '@/components/error-summary'
import { Radios } from '@/components/form-fields'
import type { CancelOrMove } from '../cancel-or-move'

/** The first question: move the meeting to a new date, or cancel it. */
export function CancelOrMoveChoice({ onChoose, cancel }: { onChoose: (choice: CancelOrMove) => void; cancel: ReactNode }) {
  const [choice, setChoice] = useState<CancelOrMove | ''>('')
  const [error, setError] = useState<string | undefined>()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (choice === '') setError('Select whether to move the meeting or cancel it')
    else onChoose(choice)
  }
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={error ? [{ path: 'choice', message: error }] : []} />
      <Radios
        id="choice"
        legend="What do you want to do?"
        legendClassName="govuk-fieldset__legend--m"
        value={choice}
        onChange={(value) => {
          setChoice(value as CancelOrMove)
          setError(undefined)
        }}
        error={error}
        options={[
          { value: 'move', label: 'Move it to a new date', hint: 'Its reports due and its actions stay with it.' },
          { value: 'cancel', label: 'Cancel it', hint: 'You choose which of the board’s other meetings takes its reports due and open actions.' },
        ]}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Continue
        </button>
        {cancel}
      </div>
    </form>
  )
}
