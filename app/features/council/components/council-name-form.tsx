import { updateCouncilInputSchema, type Council } from '@/contract/council'
import { ErrorSummary } from '@/components/error-summary'
import { TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useRenameCouncil } from '../api/council'

/** An administrator renames the council; everyone else reads its name. */
export function CouncilSection({ council, canRename }: { council: Council; canRename: boolean }) {
  const rename = useRenameCouncil(council)
  const form = useForm({
    draftKey: 'council-name',
    initial: { name: council.name },
    schema: updateCouncilInputSchema,
    fieldOrder: ['name'],
    toInput: (draft) => ({ input: { name: draft.name } }),
    conflictMessage: 'Not saved: someone else renamed the council since you opened this page. Reload to see the name; what you typed is kept.',
  })
  const submit = form.handleSubmit((input, callbacks) => rename.mutate(input, callbacks), () => undefined)
  return (
    <section aria-labelledby="council-heading">
      <h2 className="govuk-heading-m" id="council-heading">
        Council
      </h2>
      {canRename ? (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={form.errors} />
          {rename.isSuccess && !form.errors.length ? (
            <p className="govuk-body" role="status">
              Saved: the council is now called {council.name}.
            </p>
          ) : null}
          <TextInput id="name" label="Council’s name" value={form.draft.name} onChange={(name) => form.set({ name })} error={form.byField.name} />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={rename.isPending}>
            {rename.isPending ? 'Saving…' : 'Rename the council'}
          </button>
        </form>
      ) : (
        <p className="govuk-body">This is {council.name}’s tracker. Only an administrator can rename the council.</p>
      )}
    </section>
  )
}
