import { ragLabels, ragStatuses, type Rag } from '@/contract/rag-status'
import { Select } from '@/components/form-fields'
import { statusAnchor, type StatusEntry } from '../proposal'
import { countOf } from '@/lib/plural'

interface StatusQuestionsProps {
  statuses: readonly StatusEntry[]
  /** The person's choices by status word; a word not chosen keeps its reading. */
  choices: Readonly<Record<string, Rag | ''>>
  onChange: (key: string, rag: Rag | '') => void
  errors: Readonly<Record<string, string>>
}

/** The colour a tracker calls each status by, beside the app's word for it. */
const colours: Record<Rag, string> = { 'not-started': '', green: ' (Green)', amber: ' (Amber)', red: ' (Red)', blue: ' (Blue)' }
const options = [{ value: '', label: 'Choose a status' }, ...ragStatuses.map((rag) => ({ value: rag, label: `${ragLabels[rag]}${colours[rag]}` }))]

/** Each status word of the spreadsheet and the app's status it becomes: read where the word says, asked where it does not. */
export function StatusQuestions({ statuses, choices, onChange, errors }: StatusQuestionsProps) {
  if (statuses.length === 0) return <p className="govuk-body">No row gives a status: every milestone will be Not started.</p>
  return (
    <>
      <p className="govuk-body">A blank status cell means Not started. Change any reading that is wrong.</p>
      {statuses.map((entry, index) => (
        <Select
          key={entry.key}
          id={statusAnchor(index)}
          label={`“${entry.text}” (${countOf(entry.count, 'row', 'rows')}) means`}
          hint={entry.guess ? undefined : 'The app cannot tell what this means.'}
          value={choices[entry.key] || entry.guess || ''}
          options={options}
          onChange={(value) => onChange(entry.key, value as Rag | '')}
          error={errors[statusAnchor(index)]}
        />
      ))}
    </>
  )
}
