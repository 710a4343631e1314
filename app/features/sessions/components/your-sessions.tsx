import { useQuery } from '@tanstack/react-query'
import { authPaths } from '@/contract/paths'
import type { SessionSummary } from '@/contract/sessions'
import { formatInstant } from '@/lib/dates'
import { useSessionStore } from '@/stores/session-store'
import { sessionsQueryOptions, useEndSession } from '../api/sessions'

/** Settings, on the shared server with sign-in: who you are signed in as, and every device you are signed in on, each of which you may end. */
export function YourSessions() {
  const signedIn = useSessionStore((state) => state.signedIn)
  const sessions = useQuery(sessionsQueryOptions())
  const end = useEndSession()
  const others = (sessions.data ?? []).filter((session) => !session.current)

  return (
    <>
      <h2 className="govuk-heading-m">Your sign-in</h2>
      <p className="govuk-body">
        You are signed in as <strong>{signedIn?.name}</strong> ({signedIn?.email}) with your council account. Every change you make is recorded under your name.
      </p>
      <h3 className="govuk-heading-s" id="your-sessions">
        Where you are signed in
      </h3>
      <p className="govuk-body">A sign-in ends after 30 minutes without use, or 12 hours after you signed in, unless your council has set other times.</p>
      {end.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> That sign-in could not be ended. Try again.
        </p>
      ) : null}
      {sessions.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : sessions.isError ? (
        <p className="govuk-body">Your sign-ins could not be loaded. Reload the page to try again.</p>
      ) : (
        <ul className="govuk-list app-sessions" aria-labelledby="your-sessions">
          {(sessions.data ?? []).map((session) => (
            <SessionItem key={session.id} session={session} onEnd={() => end.mutate(session.id)} ending={end.isPending && end.variables === session.id} />
          ))}
        </ul>
      )}
      {others.length > 0 ? (
        <p className="govuk-body">If you do not recognise a device, end its sign-in and tell your council’s administrator.</p>
      ) : null}
      <form method="post" action={authPaths.signOut}>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Sign out on this device
        </button>
      </form>
    </>
  )
}

function SessionItem({ session, onEnd, ending }: { session: SessionSummary; onEnd: () => void; ending: boolean }) {
  return (
    <li className="app-sessions__item">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{session.device}</strong>
        {session.current ? <strong className="govuk-tag govuk-tag--green govuk-!-margin-left-2">This device</strong> : null}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        Signed in {formatInstant(session.createdAt)}; last used {formatInstant(session.lastSeenAt)}
      </p>
      {session.current ? null : (
        <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button" onClick={onEnd} disabled={ending}>
          End this sign-in<span className="govuk-visually-hidden"> ({session.device}, last used {formatInstant(session.lastSeenAt)})</span>
        </button>
      )}
    </li>
  )
}
