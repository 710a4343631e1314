import { useState, type FormEvent } from 'react'
import { createMilestoneUpdateInputSchema, milestoneSchema, type Milestone } from '@/contract/milestones'
import type { FieldError } from '@/contract/problem'
import { needsEvidence, needsRecoveryAction, ragLabels, ragMeanings, ragSchema, type Rag } from '@/contract/rag'
import { DateInput, emptyDate, isoFromParts, type DateParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { Radios, Textarea } from '@/components/form-fields'
import { isApiError } from '@/lib/api-error'
import { formatDate } from '@/lib/dates'
import { apiFieldErrors, errorsByField, failureMessage, zodFieldErrors } from '@/lib/form-errors'
import { useDraft } from '@/lib/use-draft'
import { useCreateMilestoneUpdate } from '../api/create-milestone-update'
import { RagTag } from './rag-tag'

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
}

const order: Rag[] = ['not-started', 'green', 'amber', 'red', 'blue']

export function StatusUpdateForm({ milestone, mutation }: StatusUpdateFormProps) {
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`milestone-update:${milestone.id}`, emptyDraft)
  // The version the person saw when they began: a change by someone else since then is a conflict.
  const [baseVersion, setBaseVersion] = useState(milestone.version)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [conflict, setConflict] = useState<Milestone | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })
  const rag = ragSchema.safeParse(draft.rag).success ? (draft.rag as Rag) : null

  const save = (version: number) => {
    const revised = isoFromParts(draft.revisedDueDate)
    const parsed = createMilestoneUpdateInputSchema.safeParse({
      rag: draft.rag || undefined,
      commentary: draft.commentary,
      recoveryAction: rag && needsRecoveryAction(rag) ? draft.recoveryAction : undefined,
      evidence: rag && needsEvidence(rag) ? draft.evidence : undefined,
      revisedDueDate: revised ?? undefined,
    })
    const found = parsed.success ? [] : zodFieldErrors(parsed.error)
    if (revised === null) found.push({ path: 'revisedDueDate', message: 'Revised due date must be a real date, like 27 3 2027' })
    const ordered = ['rag', 'commentary', 'recoveryAction', 'evidence', 'revisedDueDate'].flatMap((field) => found.filter((error) => error.path === field))
    if (!parsed.success || ordered.length > 0) {
      setErrors(ordered)
      return
    }
    setErrors([])
    setFailure(null)
    mutation.mutate(
      { milestoneId: milestone.id, version, input: parsed.data },
      {
        onSuccess: (result) => {
          clearDraft()
          setConflict(null)
          setBaseVersion(result.milestone.version)
        },
        onError: (error) => {
          if (isApiError(error, 412)) {
            const current = milestoneSchema.safeParse(error.problem.current)
            setConflict(current.success ? current.data : null)
            return
          }
          const fieldErrors = apiFieldErrors(error)
          if (fieldErrors.length > 0) setErrors(fieldErrors)
          else setFailure(failureMessage(error))
        },
      },
    )
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    save(baseVersion)
  }

  const byField = errorsByField(errors)

  return (
    <form onSubmit={submit} noValidate aria-labelledby="update-status">
      <ErrorSummary errors={errors} />
      {conflict ? (
        <div className="govuk-notification-banner app-conflict" role="alert" aria-labelledby="conflict-title">
          <div className="govuk-notification-banner__header">
            <h3 className="govuk-notification-banner__title" id="conflict-title">
              Not saved: someone else changed this milestone
            </h3>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-body">
              While you were writing, the milestone was changed. It is now <RagTag rag={conflict.rag} />, due {formatDate(conflict.dueDate)}. Their
              update is at the top of the history below.
            </p>
            <p className="govuk-body">Your update is still here, unsaved. Check it still makes sense, then save it on top, or discard it.</p>
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button"
                onClick={() => {
                  setBaseVersion(conflict.version)
                  save(conflict.version)
                }}
                disabled={mutation.isPending}
              >
                Save my update on top
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  clearDraft()
                  setBaseVersion(conflict.version)
                  setConflict(null)
                }}
              >
                Discard my update
              </button>
            </div>
          </div>
        </div>
      ) : null}
      {failure ? (
        <div className="govuk-error-summary" role="alert">
          <h3 className="govuk-error-summary__title">Not saved</h3>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{failure}</p>
            <p className="govuk-body">What you typed is still here. Try again.</p>
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
      <DateInput
        id="revisedDueDate"
        legend="Revised due date (optional)"
        hint={`Only if the board has agreed a new date. Currently due ${formatDate(milestone.dueDate)}. For example, 27 3 2027.`}
        value={draft.revisedDueDate}
        onChange={(value) => set({ revisedDueDate: value })}
        error={byField.revisedDueDate}
      />
      <button type="submit" className="govuk-button" disabled={mutation.isPending || conflict !== null}>
        {mutation.isPending ? 'Saving…' : 'Save update'}
      </button>
    </form>
  )
}
