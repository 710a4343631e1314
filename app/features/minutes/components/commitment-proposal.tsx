import { Link } from 'react-router'
import type { z } from 'zod'
import { createMilestoneInputSchema } from '@/contract/milestones'
import type { MinutesProposal } from '@/contract/minutes'
import type { Person } from '@/contract/people'
import type { Plan } from '@/contract/plans'
import type { FieldError } from '@/contract/problem'
import { DateInput, isoFromParts, partsFromIso, type DateParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { Select, Textarea, TextInput } from '@/components/form-fields'
import { pageUrls } from '@/lib/page-urls'
import { matchPerson, milestoneDueOf } from '../accepting'
import { proposalDraftKey, type Outcome } from '../review-state'
import { EditingButtons, ProposalDecision, ProposalItem } from './proposal-item'
import { useProposalForm, type Accept } from './use-proposal-form'

interface Draft {
  title: string
  planId: string
  themeId: string
  ownerId: string
  dueDate: DateParts
  description: string
}

export type NewMilestone = z.output<typeof createMilestoneInputSchema>

interface CommitmentProposalProps {
  number: number
  itemKey: string
  proposal: MinutesProposal
  outcome: Outcome | undefined
  meetingId: string
  boardId: string
  meetings: ReadonlyArray<{ id: string; date: string }>
  /** The board's plans: the milestone goes in one of them. */
  plans: Plan[]
  /** Who may own it: the board's officers. */
  owners: Person[]
  accept: Accept<NewMilestone>
  pending: boolean
  decide: (outcome: Outcome | null) => void
}

/** A dated commitment: accepted, it becomes a milestone in the board's plan, due by its deadline. */
export function CommitmentProposal({ number, itemKey, proposal, outcome, meetingId, boardId, meetings, plans, owners, accept, pending, decide }: CommitmentProposalProps) {
  const id = (field: string) => `${itemKey}-${field}`
  const name = `the commitment: ${proposal.title}`
  const onlyPlan = plans.length === 1 ? plans[0] : undefined
  const initial: Draft = {
    title: proposal.title,
    planId: onlyPlan?.id ?? '',
    themeId: onlyPlan?.themes.length === 1 ? onlyPlan.themes[0]!.id : '',
    ownerId: matchPerson(proposal.owner, owners)?.id ?? '',
    dueDate: partsFromIso(milestoneDueOf(proposal.due, meetings) ?? undefined),
    description: proposal.source.text.trim(),
  }
  const review = useProposalForm(
    {
      draftKey: proposalDraftKey(meetingId, itemKey),
      initial,
      schema: createMilestoneInputSchema,
      fieldOrder: ['title', 'planId', 'themeId', 'ownerId', 'dueDate', 'description'],
      toInput: (draft) => {
        const problems: FieldError[] = []
        if (!draft.planId) problems.push({ path: 'planId', message: 'Choose the plan it belongs to' })
        if (!draft.themeId) problems.push({ path: 'themeId', message: 'Choose the theme it belongs to' })
        if (!draft.ownerId) problems.push({ path: 'ownerId', message: 'Choose who owns the milestone' })
        const dueDate = isoFromParts(draft.dueDate)
        if (dueDate === undefined) problems.push({ path: 'dueDate', message: 'Enter the date it is due by' })
        else if (dueDate === null) problems.push({ path: 'dueDate', message: 'The due date must be a real date, like 31 3 2027' })
        const input = { planId: draft.planId, themeId: draft.themeId, title: draft.title, description: draft.description, ownerId: draft.ownerId, dueDate: dueDate ?? undefined }
        return { input, problems }
      },
    },
    accept,
    (made) => decide({ state: 'accepted', made: 'milestone', ...made }),
  )
  const { form } = review
  const { draft, set, byField } = form
  const plan = plans.find((each) => each.id === draft.planId)
  const theme = plan?.themes.find((each) => each.id === draft.themeId)
  const owner = owners.find((person) => person.id === draft.ownerId)
  const missing = [
    !draft.planId || !draft.themeId ? 'its theme in the plan' : null,
    draft.ownerId ? null : 'who owns it',
    isoFromParts(draft.dueDate) ? null : 'the date it is due by',
  ].filter(Boolean)
  const missingWords = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : (missing[0] ?? '')
  const decline = () => decide({ state: 'rejected' })

  return (
    <ProposalItem
      number={number}
      proposal={proposal}
      outcome={outcome}
      meetings={meetings}
      rows={
        plans.length === 0
          ? []
          : [
              { key: 'Theme', value: theme ? `${theme.title}${plans.length > 1 && plan ? ` (${plan.title})` : ''}` : 'Not chosen yet' },
              { key: 'Owner', value: owner ? `${owner.name} – ${owner.jobTitle}` : 'Not chosen yet' },
            ]
      }
    >
      <ProposalDecision
        name={name}
        outcome={outcome}
        acceptable={plans.length > 0}
        does={
          plans.length === 0 ? (
            <p className="govuk-body">
              The board has no improvement plan, so this cannot become a milestone here.{' '}
              <Link className="govuk-link" to={pageUrls.newPlan(boardId)}>
                Add a plan to the board
              </Link>{' '}
              first, or reject it.
            </p>
          ) : (
            'Accepting adds it to the plan as a milestone, due by its deadline.'
          )
        }
        missing={review.complete ? null : missingWords || 'what is not right yet'}
        editing={review.editing}
        pending={pending}
        onAccept={review.accept}
        onEdit={review.edit}
        onReject={decline}
        onUndo={() => decide(null)}
        fields={
          <form onSubmit={review.submit} noValidate>
            <ErrorSummary errors={form.errors} fieldId={(path) => id(path.split('.')[0] || 'title')} />
            <TextInput id={id('title')} label="Milestone title" value={draft.title} onChange={(title) => set({ title })} error={byField.title} spellCheck />
            {plans.length > 1 ? (
              <Select
                id={id('planId')}
                label="Plan"
                value={draft.planId}
                onChange={(planId) => set({ planId, themeId: '' })}
                error={byField.planId}
                options={[{ value: '', label: 'Choose a plan' }, ...plans.map((each) => ({ value: each.id, label: each.title }))]}
              />
            ) : null}
            <Select
              id={id('themeId')}
              label="Theme"
              value={draft.themeId}
              onChange={(themeId) => set({ themeId })}
              error={byField.themeId ?? (plans.length > 1 ? undefined : byField.planId)}
              options={[{ value: '', label: plan ? 'Choose a theme' : 'Choose a plan first' }, ...(plan?.themes ?? []).map((each) => ({ value: each.id, label: each.title }))]}
            />
            <Select
              id={id('ownerId')}
              label="Owner"
              hint={`The officer who delivers it. The minutes say: ${proposal.owner ?? 'nobody'}.`}
              value={draft.ownerId}
              onChange={(ownerId) => set({ ownerId })}
              error={byField.ownerId}
              options={[{ value: '', label: 'Choose an owner' }, ...owners.map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}` }))]}
            />
            <DateInput id={id('dueDate')} legend="Due by" hint="For example, 31 3 2027." value={draft.dueDate} onChange={(dueDate) => set({ dueDate })} error={byField.dueDate} />
            <Textarea
              id={id('description')}
              label="Description (optional)"
              hint="The words of the minutes, kept with the milestone."
              value={draft.description}
              onChange={(description) => set({ description })}
              error={byField.description}
              rows={3}
            />
            <EditingButtons name={name} pending={pending} onStop={review.stopEditing} onReject={decline} />
          </form>
        }
      />
    </ProposalItem>
  )
}
