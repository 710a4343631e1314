import type { FieldError } from '@/contract/problem'
import { DateInput, isoFromParts, type DateParts } from '@/components/date-input'
import { Radios, Select } from '@/components/form-fields'
import { formatDate } from '@/lib/dates'

/** When an action is due, as a form holds it: by a date, by a meeting of the board, or not set. */
export interface ActionDueDraft {
  due: string
  dueDate: DateParts
  dueMeetingId: string
}

/**
 * The action's `due` as the API takes it, or the problems beside its fields: the one reading of
 * these fields for every form that records an action (at a meeting, or from its minutes).
 */
export function actionDueFromDraft(draft: ActionDueDraft, problems: FieldError[]): unknown {
  if (draft.due === 'date') {
    const date = isoFromParts(draft.dueDate)
    if (date === undefined) problems.push({ path: 'due.date', message: 'Enter the date the action is due by' })
    else if (date === null) problems.push({ path: 'due.date', message: 'The date must be a real date, like 10 12 2026' })
    else return { kind: 'date', date }
  } else if (draft.due === 'meeting') {
    if (draft.dueMeetingId === '') problems.push({ path: 'due.meetingId', message: 'Choose the meeting it is due by' })
    else return { kind: 'meeting', meetingId: draft.dueMeetingId }
  } else if (draft.due === 'none') return { kind: 'none' }
  else problems.push({ path: 'due', message: 'Choose when the action is due' })
  return undefined
}

interface ActionDueFieldsProps {
  draft: ActionDueDraft
  set: (change: Partial<ActionDueDraft>) => void
  /** The message beside a field, by its path in the request (`due`, `due.date`, `due.meetingId`). */
  errorAt: (path: string) => string | undefined
  /** The board's meetings after this one, which it may be due by; the first is the next. */
  laterMeetings: ReadonlyArray<{ id: string; date: string }>
  /** The fields' ids, when several forms share a page. */
  id?: (name: 'due' | 'dueDate' | 'dueMeetingId') => string
}

/** "When is it due?": by a date, by a later meeting of the board, or not set. */
export function ActionDueFields({ draft, set, errorAt, laterMeetings, id = (name) => name }: ActionDueFieldsProps) {
  return (
    <>
      <Radios
        id={id('due')}
        legend="When is it due?"
        hint={laterMeetings.length === 0 ? 'No later meeting of the board is scheduled yet.' : undefined}
        value={draft.due}
        onChange={(due) => set({ due })}
        error={errorAt('due')}
        options={[
          { value: 'date', label: 'By a date' },
          ...(laterMeetings.length > 0 ? [{ value: 'meeting', label: 'By a meeting of this board' }] : []),
          { value: 'none', label: 'Not set' },
        ]}
      />
      {draft.due === 'date' ? (
        <DateInput id={id('dueDate')} legend="Due by" hint="For example, 10 12 2026." value={draft.dueDate} onChange={(dueDate) => set({ dueDate })} error={errorAt('due.date')} />
      ) : null}
      {draft.due === 'meeting' ? (
        <Select
          id={id('dueMeetingId')}
          label="Due by the meeting on"
          value={draft.dueMeetingId}
          onChange={(dueMeetingId) => set({ dueMeetingId })}
          error={errorAt('due.meetingId')}
          options={[
            { value: '', label: 'Choose a meeting' },
            ...laterMeetings.map((meeting, index) => ({ value: meeting.id, label: `${formatDate(meeting.date)}${index === 0 ? ' (the next meeting)' : ''}` })),
          ]}
        />
      ) : null}
    </>
  )
}
