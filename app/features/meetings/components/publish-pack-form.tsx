import type { ReactNode } from 'react'
import type { FieldError } from '@/contract/problem'
import { publishPackInputSchema, type MeetingPack } from '@/contract/pack'
import { ErrorSummary } from '@/components/error-summary'
import { Textarea } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { usePublishPack } from '../api/publish-pack'

interface PublishPackFormProps {
  meetingId: string
  /** How many times the pack has been published already: publishing it again needs a reason. */
  published: number
  onPublished: (pack: MeetingPack) => void
  cancel: ReactNode
}

/** The chair freezes the pack as it stands now; publishing it again says why, and earlier versions stay readable. */
export function PublishPackForm({ meetingId, published, onPublished, cancel }: PublishPackFormProps) {
  const publish = usePublishPack()
  const again = published > 0
  const form = useForm({
    draftKey: `pack-publish:${meetingId}:${published}`,
    initial: { reason: '' },
    schema: publishPackInputSchema,
    fieldOrder: ['reason'],
    toInput: (draft) => {
      const problems: FieldError[] = again && draft.reason.trim() === '' ? [{ path: 'reason', message: 'Say why the pack is published again' }] : []
      return { input: { reason: again ? draft.reason : undefined }, problems }
    },
  })
  const { draft, set, errors, byField } = form
  const submit = form.handleSubmit<MeetingPack>((input, callbacks) => publish.mutate({ meetingId, input: { reason: input.reason ?? undefined } }, callbacks), onPublished)

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      {again ? (
        <>
          <p className="govuk-body">
            The pack has been published {published === 1 ? 'once' : published === 2 ? 'twice' : `${published} times`}. Publishing it again freezes it as it stands now, as version {published + 1}; members
            see the new version, and every earlier one stays readable.
          </p>
          <Textarea
            id="reason"
            label="Why is it published again?"
            hint="Members see this beside the new version. For example, the performance report was replaced with corrected figures."
            value={draft.reason}
            onChange={(reason) => set({ reason })}
            error={byField.reason}
            rows={3}
          />
        </>
      ) : (
        <p className="govuk-body">
          Publishing freezes the pack as it stands now: members see exactly this, whatever is updated later, and “changes since the last meeting” compares it with
          the last meeting’s pack. Without this, the pack is frozen by itself at the papers deadline.
        </p>
      )}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={publish.isPending}>
          {publish.isPending ? 'Publishing…' : again ? 'Publish it again' : 'Publish the pack'}
        </button>
        {cancel}
      </div>
    </form>
  )
}
