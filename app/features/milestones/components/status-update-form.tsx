import { useState } from 'react'
import { createMilestoneUpdateInputSchema, milestoneSchema, type Milestone, type MilestoneUpdateResult } from '@/contract/milestones'
import { needsEvidence, needsRecoveryAction, ragLabels, ragMeanings, ragSchema, type Rag } from '@/contract/rag'
import { DateInput, emptyDate, isoFromParts, type DateParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { Radios, Textarea } from '@/components/form-fields'
import { formatDate } from '@/lib/dates'
import { useForm } from '@/lib/use-form'
import { useCreateMilestoneUpdate } from '../api/create-milestone-update'
import { MilestoneStatusTag } from './rag-tag'

interface Draft {
  rag: string
  commentary: string
  recoveryAction: string
  evidence: string
  revisedDueDate: DateParts
}

const emptyDraft: Draft = { rag: '', commentary: '', recoveryAction: '', evidence: '', revisedDueDate: emptyDate }

interface StatusUpdateFormProps {
  milestone: Milestone
  /** Tells the page what is being saved, so it can show the new status at once. */
  mutation: ReturnType<typeof useCreateMilestoneUpdate>
  /** Whether the update may carry a new due date now (not while another awaits the chair), and what it will do. */
  revisedDate?: { allowed: boolean; hint: string }
}

const order: Rag[] = ['not-started', 'green', 'amber', 'red', 'blue']

export function StatusUpdateForm({ milestone, mutation, revisedDate = { allowed: true, hint: '' } }: StatusUpdateFormProps) {
  // The version the person saw when they began: a change by someone else since then is a conflict.
  const [baseVersion, setBaseVersion] = useState(milestone.version)
  const form = useForm({
    draftKey: `milestone-update:${milestone.id}`,
    initial: emptyDraft,
    schema: createMilestoneUpdateInputSchema,
    fieldOrder: ['rag', 'commentary', 'recoveryAction', 'evidence', 'revisedDueDate'],
    toInput: (draft) => {
      const chosen = ragSchema.safeParse(draft.rag)
      const revised = revisedDate.allowed ? isoFromParts(draft.revisedDueDate) : undefined
      return {
        input: {
          rag: draft.rag || undefined,
          commentary: draft.commentary,
          recoveryAction: chosen.success && needsRecoveryAction(chosen.data) ? draft.recoveryAction : undefined,
          evidence: chosen.success && needsEvidence(chosen.data) ? draft.evidence : undefined,
          revisedDueDate: revised ?? undefined,
        },
        problems: revised === null ? [{ path: 'revisedDueDate', message: 'Revised due date must be a real date, like 27 3 2027' }] : [],
      }
    },
    conflictSchema: milestoneSchema,
  })
  const { draft, set, conflict, byField } = form
  const rag = ragSchema.safeParse(draft.rag).success ? (draft.rag as Rag) : null

  /** Saves from `version`: the one the person began from, or, after a conflict, the one they chose to save on top of. */
  const saveFrom = (version: number) =>
    form.handleSubmit<MilestoneUpdateResult>(
      (input, callbacks) => mutation.mutate({ milestoneId: milestone.id, version, input }, callbacks),
      (result) => setBaseVersion(result.milestone.version),
    )
  const submit = saveFrom(baseVersion)


  return (
    <form onSubmit={submit} noValidate aria-labelledby="update-status">
      <ErrorSummary errors={form.errors} />
      {conflict ? (
        <div className="govuk-notification-banner app-conflict" role="alert" aria-labelledby="conflict-title">
          <div className="govuk-notification-banner__header">
            <h3 className="govuk-notification-banner__title" id="conflict-title">
              Not saved: someone else changed this milestone
            </h3>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-body">
              While you were writing, the milestone was changed. It is now <MilestoneStatusTag milestone={conflict} />, due {formatDate(conflict.dueDate)}. Their
              update is at the top of the history below.
            </p>
            <p className="govuk-body">Your update is still here, unsaved. Check it still makes sense, then save it on top, or discard it.</p>
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button"
                onClick={(event) => {
                  setBaseVersion(conflict.version)
                  saveFrom(conflict.version)(event)
                }}
                disabled={mutation.isPending}
              >
                Save my update on top
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  form.discard()
                  setBaseVersion(conflict.version)
                }}
              >
                Discard my update
              </button>
            </div>
          </div>
        </div>
      ) : null}
      <Radios
        id="rag"
        legend="New status"
        value={draft.rag}
        onChange={(value) => set({ rag: value })}
        error={byField.rag}
        options={order.map((value) => ({ value, label: ragLabels[value], hint: ragMeanings[value] }))}
      />
      <Textarea
        id="commentary"
        label="Commentary"
        hint="What has happened since the last update, in a few sentences. Every update needs one."
        value={draft.commentary}
        onChange={(value) => set({ commentary: value })}
        error={byField.commentary}
      />
      {rag && needsRecoveryAction(rag) ? (
        <Textarea
          id="recoveryAction"
          label="Recovery action"
          hint="What is being done to get back on track, by whom and by when."
          value={draft.recoveryAction}
          onChange={(value) => set({ recoveryAction: value })}
          error={byField.recoveryAction}
          rows={3}
        />
      ) : null}
      {rag && needsEvidence(rag) ? (
        <Textarea
          id="evidence"
          label="Evidence of completion"
          hint="Where the evidence is, and who signed it off."
          value={draft.evidence}
          onChange={(value) => set({ evidence: value })}
          error={byField.evidence}
          rows={3}
        />
      ) : null}
      {revisedDate.allowed ? (
        <DateInput
          id="revisedDueDate"
          legend="Revised due date (optional)"
          hint={`Currently due ${formatDate(milestone.dueDate)}. ${revisedDate.hint} For example, 27 3 2027.`}
          value={draft.revisedDueDate}
          onChange={(value) => set({ revisedDueDate: value })}
          error={byField.revisedDueDate}
        />
      ) : null}
      <button type="submit" className="govuk-button" disabled={mutation.isPending || conflict !== null}>
        {mutation.isPending ? 'Saving…' : 'Save update'}
      </button>
    </form>
  )
}
