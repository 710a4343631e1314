import type { z } from 'zod'
import type { MinutesProposal } from '@/contract/minutes'
import type { Person } from '@/contract/people'
import type { FieldError } from '@/contract/problem'
import { createReportInputSchema, recurrenceLabels, recurrences } from '@/contract/reports'
import { ErrorSummary } from '@/components/error-summary'
import { Radios, Select, Textarea, TextInput } from '@/components/form-fields'
import { isoMonthFromParts, MonthInput, type MonthParts } from '@/components/month-input'
import { formatDate } from '@/lib/dates'
import { matchPerson, reportDueOf } from '../accepting'
import { proposalDraftKey, type Outcome } from '../review-state'
import { EditingButtons, ProposalDecision, ProposalItem } from './proposal-item'
import { useProposalForm, type Accept } from './use-proposal-form'

interface Draft {
  title: string
  description: string
  authorId: string
  due: string
  dueMeetingId: string
  dueMonth: MonthParts
  recurrence: string
}

export type NewReport = z.output<typeof createReportInputSchema>

interface ReportProposalProps {
  number: number
  itemKey: string
  proposal: MinutesProposal
  outcome: Outcome | undefined
  /** The meeting the minutes record: the report is asked for at it, by its board. */
  meeting: { id: string; boardId: string }
  /** The board's meetings, to name dates. */
  meetings: ReadonlyArray<{ id: string; date: string }>
  /** The meetings a report may now be due at: the board's scheduled ones after this meeting, from today. */
  dueMeetings: ReadonlyArray<{ id: string; date: string }>
  /** Who may write it: the board's officers. */
  authors: Person[]
  accept: Accept<NewReport>
  pending: boolean
  decide: (outcome: Outcome | null) => void
}

function monthParts(month: string): MonthParts {
  return month ? { month: String(Number(month.slice(5, 7))), year: month.slice(0, 4) } : { month: '', year: '' }
}

/** A follow-up report the minutes ask for: accepted, it is requested of the board at this meeting. */
export function ReportProposal({ number, itemKey, proposal, outcome, meeting, meetings, dueMeetings, authors, accept, pending, decide }: ReportProposalProps) {
  const due = reportDueOf(proposal.due, dueMeetings)
  const id = (field: string) => `${itemKey}-${field}`
  const name = `the follow-up report: ${proposal.title}`
  const initial: Draft = {
    title: proposal.title,
    description: proposal.source.text.trim(),
    authorId: matchPerson(proposal.owner, authors)?.id ?? '',
    due: due.due,
    dueMeetingId: due.dueMeetingId,
    dueMonth: monthParts(due.dueMonth),
    recurrence: proposal.recurrence,
  }
  const review = useProposalForm(
    {
      draftKey: proposalDraftKey(meeting.id, itemKey),
      initial,
      schema: createReportInputSchema,
      fieldOrder: ['title', 'authorId', 'due', 'dueMeetingId', 'dueMonth', 'recurrence', 'description'],
      toInput: (draft) => {
        const problems: FieldError[] = []
        let dueMonth: string | null = null
        if (draft.due === 'month') {
          const month = isoMonthFromParts(draft.dueMonth)
          if (!month) problems.push({ path: 'dueMonth', message: 'Enter the month and year the report is due, like 6 2027' })
          else dueMonth = month
        }
        if (draft.due === 'meeting' && !draft.dueMeetingId) problems.push({ path: 'dueMeetingId', message: 'Choose the meeting the report is due at' })
        if (!draft.due) problems.push({ path: 'due', message: 'Choose when the report is due' })
        if (!draft.authorId) problems.push({ path: 'authorId', message: 'Choose who writes the report' })
        const input = {
          title: draft.title,
          description: draft.description,
          requestedByBoardId: meeting.boardId,
          requestedAtMeetingId: meeting.id,
          dueMeetingId: draft.due === 'meeting' && draft.dueMeetingId ? draft.dueMeetingId : null,
          dueMonth,
          dueNextMeeting: draft.due === 'next',
          authorId: draft.authorId,
          recurrence: draft.recurrence,
        }
        return { input, problems, covers: ['due'] }
      },
    },
    accept,
    (made) => decide({ state: 'accepted', made: 'report', ...made }),
  )
  const { form } = review
  const { draft, set, byField } = form
  const author = authors.find((person) => person.id === draft.authorId)
  const missing = [draft.authorId ? null : 'who writes it', draft.due ? null : 'when it is due'].filter(Boolean).join(' and ')

  return (
    <ProposalItem
      number={number}
      proposal={proposal}
      outcome={outcome}
      meetings={meetings}
      rows={[{ key: 'Author', value: author ? `${author.name} – ${author.jobTitle}` : 'Not chosen yet' }]}
    >
      <ProposalDecision
        name={name}
        outcome={outcome}
        does="Accepting requests this report of the board, as asked for at this meeting."
        missing={review.complete ? null : missing || 'what is not right yet'}
        editing={review.editing}
        pending={pending}
        onAccept={review.accept}
        onEdit={review.edit}
        onReject={() => decide({ state: 'rejected' })}
        onUndo={() => decide(null)}
        fields={
          <form onSubmit={review.submit} noValidate>
            <ErrorSummary errors={form.errors} fieldId={(path) => (path === 'dueMonth' ? id('dueMonth') : id(path.split('.')[0] || 'title'))} />
            <TextInput id={id('title')} label="Report title" value={draft.title} onChange={(title) => set({ title })} error={byField.title} spellCheck />
            <Select
              id={id('authorId')}
              label="Author"
              hint={`The officer who writes it. The minutes say: ${proposal.owner ?? 'nobody'}.`}
              value={draft.authorId}
              onChange={(authorId) => set({ authorId })}
              error={byField.authorId}
              options={[{ value: '', label: 'Choose an author' }, ...authors.map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}` }))]}
            />
            <Radios
              id={id('due')}
              legend="When is it due?"
              value={draft.due}
              onChange={(value) => set({ due: value })}
              error={byField.due}
              options={[
                ...(dueMeetings.length > 0 ? [{ value: 'meeting', label: 'At a meeting that is scheduled' }] : []),
                { value: 'month', label: 'In a month, at whichever meeting falls in it' },
                { value: 'next', label: 'At the next meeting' },
              ]}
            />
            {draft.due === 'meeting' ? (
              <Select
                id={id('dueMeetingId')}
                label="Due at the meeting on"
                value={draft.dueMeetingId}
                onChange={(dueMeetingId) => set({ dueMeetingId })}
                error={byField.dueMeetingId}
                options={[{ value: '', label: 'Choose a meeting' }, ...dueMeetings.map((each) => ({ value: each.id, label: formatDate(each.date) }))]}
              />
            ) : null}
            {draft.due === 'month' ? (
              <MonthInput id={id('dueMonth')} legend="Due in" hint="For example, 6 2027." value={draft.dueMonth} onChange={(dueMonth) => set({ dueMonth })} error={byField.dueMonth} />
            ) : null}
            <Radios
              id={id('recurrence')}
              legend="How often?"
              value={draft.recurrence}
              onChange={(recurrence) => set({ recurrence })}
              error={byField.recurrence}
              options={recurrences.map((value) => ({ value, label: recurrenceLabels[value] }))}
              inline
            />
            <Textarea
              id={id('description')}
              label="What the board asked for (optional)"
              hint="The words of the minutes, kept with the report."
              value={draft.description}
              onChange={(description) => set({ description })}
              error={byField.description}
              rows={3}
            />
            <EditingButtons name={name} pending={pending} onStop={review.stopEditing} onReject={() => decide({ state: 'rejected' })} />
          </form>
        }
      />
    </ProposalItem>
  )
}
