import { Suspense, useEffect, useRef } from 'react'
import { Outlet, redirect, useLocation, useMatch, type LoaderFunctionArgs } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { roleWithBoards } from '@/domain/people-rules'
import { definePageData, onlyWhenThePathChanges } from '@/lib/page-data'
import { NotificationBanner } from '@/components/notification-banner'
import { useAppStatusStore } from '@/stores/app-status-store'
import { ActingAsPicker } from '@/features/people/components/acting-as-picker'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { Shell } from './shell'
import { councilQueryOptions } from '@/features/council/api/council'
import { pageUrls } from '@/lib/page-urls'
import { mayViewAudit } from '@/domain/permissions'
import { queryClient } from '@/lib/query-client'
import { appMode, choosesWhoToActAs } from '@/lib/app-mode'
import { signInUrl } from '@/lib/session'
import { authPaths } from '@/contract/paths'
import { useSessionStore } from '@/stores/session-store'
import { focusPageHeading, forgetWantedFocus } from '@/lib/heading-focus'
import { byCount, countOf } from '@/lib/plural'

/** Every page shows who the user acts as, so people load first. */
const rootData = definePageData(() => ({ people: peopleQueryOptions(), boards: boardsQueryOptions() }))

/** Until a council is set up every page leads to the welcome page; after, the welcome page leads home. */
export async function loader(args: LoaderFunctionArgs) {
  // People and boards load beside the council, not after it: every page, the welcome page too, needs them.
  const everyPage = rootData.loader(args)
  everyPage.catch(() => undefined)
  const council = await queryClient.ensureQueryData(councilQueryOptions())
  const atWelcome = new URL(args.request.url).pathname.replace(/\/$/, '').endsWith(pageUrls.welcome)
  if (!council && !atWelcome) throw redirect(pageUrls.welcome)
  if (council && atWelcome) throw redirect(pageUrls.home)
  return everyPage
}
// What the root loads does not depend on the URL: its data is cached.
export const shouldRevalidate = onlyWhenThePathChanges

/** After each navigation (not the first load), focus moves to the new page's h1, or to the #target it links to. */
function useFocusHeadingOnNavigate() {
  const location = useLocation()
  const first = useRef(true)
  useEffect(() => {
    forgetWantedFocus()
    if (first.current) {
      first.current = false
      if (!location.hash) return
    }
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
      target.focus()
      target.scrollIntoView()
      return
    }
    focusPageHeading(location.pathname)
    window.scrollTo(0, 0)
  }, [location.pathname, location.hash])
}

function ActingAsBar() {
  const { people, boards } = rootData.usePageData()
  return (
    <section className="app-acting-as app-no-print" aria-label="Who you are acting as">
      <div className="govuk-width-container app-acting-as__inner">
        <ActingAsPicker people={people} boards={boards} place="bar" />
      </div>
    </section>
  )
}

/** Signed in on the shared server: who, and the way out. */
function SignedInBar() {
  const person = useActingPerson()
  const { boards } = rootData.usePageData()
  const signedIn = useSessionStore((state) => state.signedIn)
  return (
    <section className="app-acting-as app-no-print" aria-label="Who you are signed in as">
      <div className="govuk-width-container app-acting-as__inner">
        <p className="govuk-body-s govuk-!-margin-0">
          {person ? (
            <>
              Signed in as <strong>{person.name}</strong> ({roleWithBoards(person, boards)})
            </>
          ) : (
            <>
              Signed in as <strong>{signedIn?.name ?? 'you'}</strong>
            </>
          )}
        </p>
        <form method="post" action={authPaths.signOut} className="app-acting-as__form">
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Sign out
          </button>
        </form>
      </div>
    </section>
  )
}

/** Who the person is: chosen (browser-only, development server) or signed in; a read-only server has no one. */
function IdentityBar() {
  const mode = appMode()
  if (choosesWhoToActAs(mode)) return <ActingAsBar />
  if (mode === 'server-sign-in') return <SignedInBar />
  return null
}

/** The server answered 401 under this tab: say so, keeping the page (and anything typed on it) as it is. */
function SignedOutNotice() {
  const signedOut = useSessionStore((state) => state.signedOut)
  const location = useLocation()
  if (!signedOut) return null
  return (
    <div className="govuk-notification-banner app-tab-status" role="alert" aria-labelledby="signed-out-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="signed-out-title">
          Your sign-in has ended
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">You were signed out, after a time without use or from another tab. Nothing more can be saved until you sign in again.</p>
        <p className="govuk-body">
          <a className="govuk-notification-banner__link" href={signInUrl(`${location.pathname}${location.search}`)} target="_blank" rel="noopener">
            Sign in again (opens in a new tab)
          </a>
          , then come back to this tab and save again: anything you typed here is kept.
        </p>
      </div>
    </div>
  )
}

/** Records left out of the lists because this version of the app cannot read them: said once, where the person is. */
function UnreadableRecords() {
  const unreadable = Object.values(useAppStatusStore((state) => state.unreadable))
  if (unreadable.length === 0) return null
  return (
    <NotificationBanner title="Some records could not be shown">
      <p className="govuk-notification-banner__heading">
        {countOf(unreadable.length, 'record is', 'records are')} stored in a form this version of the app cannot read, so
        {byCount(unreadable.length, ' it is', ' they are')} left out of the lists. Everything else is shown, and nothing has been changed.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {unreadable.slice(0, 5).map((record) => (
          <li key={`${record.source}#${record.id ?? record.problem}`}>
            {record.id ?? 'A record'} (from {record.source}): {record.problem}
          </li>
        ))}
      </ul>
      <p className="govuk-body">Download a backup from Settings: it keeps every record as stored, so nothing is lost.</p>
    </NotificationBanner>
  )
}

/** Problems with this tab itself, shown on every page until a reload. */
function TabStatus() {
  const newer = useAppStatusStore((state) => state.newerVersionElsewhere)
  const unavailable = useAppStatusStore((state) => state.localApiUnavailable)
  if (!newer && !unavailable) return null
  return (
    <div className="govuk-notification-banner app-tab-status" role="alert" aria-labelledby="tab-status-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="tab-status-title">
          Reload this page to carry on
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          {newer
            ? 'A newer version of Improvement Tracker was opened in another tab.'
            : 'This tab has lost touch with the part of the app that keeps your data. Nothing you saved is lost.'}
        </p>
        <p className="govuk-body">Anything you have typed but not saved is kept and will be back after the reload.</p>
        <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    </div>
  )
}

export function RootLayout() {
  useFocusHeadingOnNavigate()
  const council = useQuery(councilQueryOptions()).data
  const welcoming = useMatch(pageUrls.welcome) !== null
  const actor = useActingPerson()
  return (
    <Shell councilName={council?.name} showAudit={mayViewAudit(actor).allowed}>
      {welcoming ? null : (
        <Suspense fallback={null}>
          <IdentityBar />
        </Suspense>
      )}
      <div className="govuk-width-container">
        <TabStatus />
        <SignedOutNotice />
        <UnreadableRecords />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <Suspense fallback={<p className="govuk-body">Loading…</p>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </Shell>
  )
}

