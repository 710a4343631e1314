import type { SetUpResult } from '@/contract/council'
import { ErrorSummary } from '@/components/error-summary'
import { TextInput } from '@/components/form-fields'
import { lazySchema, useForm } from '@/lib/use-form'
import { useSessionStore } from '@/stores/session-store'
import { useSetUp } from '../api/council'

/** The welcome page is most people's first page: its form's schema (and with it zod) loads when the person starts on the form. */
const setUpSchema = lazySchema(() => import('@/contract/council').then((module) => module.setUpInputSchema))

/** "Start with an empty council": its name, and the first chair, who becomes its administrator. */
export function EmptyCouncilForm({ onSetUp }: { onSetUp: (result: SetUpResult) => void }) {
  const setUp = useSetUp()
  // Signed in on the shared server, the first chair is the person signed in, with the email their council account gave.
  const signedIn = useSessionStore((state) => state.signedIn)
  const form = useForm({
    draftKey: 'set-up-empty',
    initial: { councilName: '', chairName: signedIn?.name ?? '', chairJobTitle: '', chairEmail: signedIn?.email ?? '' },
    schema: setUpSchema,
    fieldOrder: ['councilName', 'chairName', 'chairJobTitle', 'chairEmail'],
    toInput: (draft) => ({
      input: {
        start: 'empty',
        councilName: draft.councilName,
        chairName: draft.chairName,
        chairJobTitle: draft.chairJobTitle,
        chairEmail: draft.chairEmail.trim() === '' ? null : draft.chairEmail,
      },
    }),
  })
  const { draft, set, errors, byField } = form
  const submit = form.handleSubmit((input, callbacks) => setUp.mutate(input, callbacks), onSetUp)
  return (
    <form onSubmit={submit} onFocus={form.prepare} noValidate aria-labelledby="empty-council-heading">
      <ErrorSummary errors={errors} />
      <TextInput
        id="councilName"
        label="Council’s name"
        hint="As it appears on your papers, for example Northshire County Council"
        value={draft.councilName}
        onChange={(value) => set({ councilName: value })}
        error={byField.councilName}
        autoComplete="organization"
        spellCheck
      />
      <TextInput id="chairName" label="Your full name" value={draft.chairName} onChange={(value) => set({ chairName: value })} error={byField.chairName} autoComplete="name" />
      <TextInput
        id="chairJobTitle"
        label="Your job title"
        hint="For example Independent Chair, Children’s Services Improvement Board"
        value={draft.chairJobTitle}
        onChange={(value) => set({ chairJobTitle: value })}
        error={byField.chairJobTitle}
        autoComplete="organization-title"
      />
      {signedIn ? (
        <p className="govuk-body">
          Your email address is <strong>{signedIn.email}</strong>, the one you signed in with.
        </p>
      ) : (
        <TextInput
          id="chairEmail"
          label="Your work email address (optional)"
          type="email"
          value={draft.chairEmail}
          onChange={(value) => set({ chairEmail: value })}
          error={byField.chairEmail}
          autoComplete="email"
          spellCheck={false}
        />
      )}
      <button type="submit" className="govuk-button" disabled={setUp.isPending} aria-disabled={setUp.isPending}>
        {setUp.isPending ? 'Setting up…' : 'Start with an empty council'}
      </button>
    </form>
  )
}

/** "Start with the Northshire demo": fictional data to try every part of the app. */
export function DemoStart({ onSetUp }: { onSetUp: (result: SetUpResult) => void }) {
  const setUp = useSetUp()
  return (
    <>
      {setUp.error ? (
        <div className="govuk-error-summary" role="alert" tabIndex={-1}>
          <div role="alert">
            <h2 className="govuk-error-summary__title">The demo could not be started</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{setUp.error.message}</p>
            </div>
          </div>
        </div>
      ) : null}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        disabled={setUp.isPending}
        aria-disabled={setUp.isPending}
        onClick={() => setUp.mutate({ start: 'demo' }, { onSuccess: onSetUp })}
      >
        {setUp.isPending ? 'Starting…' : 'Start with the Northshire demo'}
      </button>
    </>
  )
}
