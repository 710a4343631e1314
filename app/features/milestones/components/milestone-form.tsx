import { useState } from 'react'
import { createMilestoneInputSchema, updateMilestoneInputSchema, type Milestone } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Plan } from '@/contract/plans'
import type { Recommendation } from '@/contract/inspections'
import { DateInput, isoFromParts, partsFromIso, type DateParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { Checkboxes, Select, Textarea, TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useCreateMilestone, useUpdateMilestone } from '../api/save-milestone'
import { ownerChoices } from '@/domain/people-rules'
import type { Board } from '@/contract/boards'

interface Draft {
  title: string
  description: string
  themeId: string
  ownerId: string
  dueDate: DateParts
  recommendationIds: string[]
  partners: string
  reason: string
}

interface MilestoneFormProps {
  plan: Plan
  /** The plan's board: its officers are offered as owners. */
  board: Board
  people: Person[]
  /** What it may answer; `source` names the visit a recommendation comes from, when not the plan's own inspection. */
  recommendations: Array<Recommendation & { source?: string | undefined }>
  /** The milestone being changed; absent when adding one. */
  milestone?: Milestone
  onSaved: (milestone: Milestone) => void
}

const fieldOrder = ['title', 'description', 'themeId', 'ownerId', 'dueDate', 'recommendationIds', 'partners', 'reason']

export function MilestoneForm({ plan, board, people, recommendations, milestone, onSaved }: MilestoneFormProps) {
  const initial: Draft = {
    title: milestone?.title ?? '',
    description: milestone?.description ?? '',
    themeId: milestone?.themeId ?? '',
    ownerId: milestone?.ownerId ?? '',
    dueDate: partsFromIso(milestone?.dueDate),
    recommendationIds: milestone?.recommendationIds ?? [],
    partners: milestone?.partners.join('\n') ?? '',
    reason: '',
  }
  const form = useForm({
    draftKey: milestone ? `milestone-edit:${milestone.id}` : `milestone-new:${plan.id}`,
    initial,
    schema: milestone ? updateMilestoneInputSchema : createMilestoneInputSchema,
    fieldOrder,
    toInput: (draft) => {
      const due = isoFromParts(draft.dueDate)
      const fields = {
        title: draft.title,
        description: draft.description,
        themeId: draft.themeId || undefined,
        ownerId: draft.ownerId || undefined,
        dueDate: due ?? undefined,
        recommendationIds: draft.recommendationIds,
        partners: draft.partners.split('\n').map((line) => line.trim()).filter(Boolean),
      }
      const problems =
        due === null ? [{ path: 'dueDate', message: 'Due date must be a real date, like 27 3 2027' }] : due === undefined ? [{ path: 'dueDate', message: 'Enter the due date' }] : []
      // Once the plan is agreed, a new due date is a date change the chair agrees, and keeps its reason.
      if (milestone && plan.status === 'agreed' && due && due !== milestone.dueDate && draft.reason.trim() === '') {
        problems.push({ path: 'reason', message: 'Enter why the due date changes: the reason is kept with the agreed date change' })
      }
      return { input: milestone ? { ...fields, reason: draft.reason } : { ...fields, planId: plan.id }, problems }
    },
    conflictMessage: 'Not saved: someone else changed this milestone since you opened it. Reload the page to see their change; what you typed here is kept.',
  })
  const { draft, set, errors, byField } = form
  const [baseVersion] = useState(milestone?.version ?? 0)
  const create = useCreateMilestone()
  const update = useUpdateMilestone()
  const pending = create.isPending || update.isPending

  const submit = form.handleSubmit<Milestone>((input, callbacks) => {
    if (milestone && 'reason' in input) update.mutate({ id: milestone.id, version: baseVersion, input }, callbacks)
    else if (!milestone && 'planId' in input) create.mutate(input, callbacks)
  }, onSaved)

  // The board's active officers (a milestone keeps the owner it has).
  const owners = ownerChoices(people, board, milestone?.ownerId)

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput id="title" label="Title" hint="What will be delivered, in a few words." value={draft.title} onChange={(title) => set({ title })} error={byField.title} spellCheck />
      <Textarea id="description" label="Description (optional)" value={draft.description} onChange={(description) => set({ description })} error={byField.description} rows={3} />
      <Select
        id="themeId"
        label="Theme"
        value={draft.themeId}
        onChange={(themeId) => set({ themeId })}
        error={byField.themeId}
        options={[{ value: '', label: 'Choose a theme' }, ...plan.themes.map((theme) => ({ value: theme.id, label: theme.title }))]}
      />
      <Select
        id="ownerId"
        label="Owner"
        hint="The director or head of service who updates its status."
        value={draft.ownerId}
        onChange={(ownerId) => set({ ownerId })}
        error={byField.ownerId}
        options={[{ value: '', label: 'Choose an owner' }, ...owners.map((person) => ({ value: person.id, label: `${person.name} – ${person.jobTitle}` }))]}
      />
      <DateInput id="dueDate" legend="Due date" hint="For example, 27 3 2027." value={draft.dueDate} onChange={(dueDate) => set({ dueDate })} error={byField.dueDate} />
      {recommendations.length > 0 ? (
        <Checkboxes
          id="recommendationIds"
          legend="Inspection recommendations it answers"
          small
          values={draft.recommendationIds}
          onChange={(recommendationIds) => set({ recommendationIds })}
          error={byField.recommendationIds}
          options={recommendations.map((rec) => ({ value: rec.id, label: `${rec.source ? `${rec.source}: ` : ''}${rec.number}. ${rec.text}` }))}
        />
      ) : null}
      <Textarea
        id="partners"
        label="Partner agencies it depends on (optional)"
        hint="One on each line, for example Police or Health."
        value={draft.partners}
        onChange={(partners) => set({ partners })}
        error={byField.partners}
        rows={3}
      />
      {milestone ? (
        <Textarea
          id="reason"
          label="Why is this changing? (optional)"
          hint={`${plan.status === 'agreed' ? 'Needed when the due date changes: the plan is agreed, so a new date is recorded beside the baseline with its reason. ' : ''}Kept in the milestone’s history with the change, for example “Owner changed after the restructure, agreed at the board on 3 December”.`}
          value={draft.reason}
          onChange={(reason) => set({ reason })}
          error={byField.reason}
          rows={2}
        />
      ) : null}
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? 'Saving…' : milestone ? 'Save changes' : 'Add milestone'}
      </button>
    </form>
  )
}
