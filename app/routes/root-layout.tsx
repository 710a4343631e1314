import { Suspense, useEffect, useRef } from 'react'
import { Link, NavLink, Outlet, useLocation, useMatch } from 'react-router'
import { roleLabels } from '@/contract/people'
import { SERVICE_NAME } from '@/components/page'
import { useAppStatusStore } from '@/stores/app-status-store'
import { ActingAsPicker } from '@/features/people/components/acting-as-picker'
import { useActingPerson, usePeople } from '@/features/people/api/get-people'

const navigation = [
  { to: '/', label: 'Home', end: true },
  { to: '/boards', label: 'Boards', end: false },
  { to: '/meetings', label: 'Meetings', end: false },
  { to: '/reports', label: 'Reports', end: false },
  { to: '/settings', label: 'Settings', end: false },
]

/** After each navigation (not the first load), focus moves to the new page's h1, or to the #target it links to. */
function useFocusHeadingOnNavigate() {
  const location = useLocation()
  const first = useRef(true)
  useEffect(() => {
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
    document.querySelector<HTMLElement>('main [data-page-heading]')?.focus()
    window.scrollTo(0, 0)
  }, [location.pathname, location.hash])
}

function NavItem({ to, label, end }: (typeof navigation)[number]) {
  const active = useMatch({ path: to, end }) !== null
  return (
    <li className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}>
      <NavLink to={to} end={end} className="govuk-service-navigation__link">
        {active ? <strong className="govuk-service-navigation__active-fallback">{label}</strong> : label}
      </NavLink>
    </li>
  )
}

function ActingAsBar() {
  const { data: people } = usePeople()
  const person = useActingPerson()
  return (
    <section className="app-acting-as app-no-print" aria-label="Who you are acting as">
      <div className="govuk-width-container app-acting-as__inner">
        <p className="govuk-body-s govuk-!-margin-0" aria-live="polite">
          {person ? (
            <>
              Acting as <strong>{person.name}</strong> ({roleLabels[person.role].toLowerCase()})
            </>
          ) : (
            <>You have not chosen who you are acting as. You can look at everything; choose a person to make changes.</>
          )}
        </p>
        <ActingAsPicker key={person?.id ?? 'nobody'} people={people} compact />
      </div>
    </section>
  )
}

/** A plain link before the router exists (the shell painted while the local API starts), a router link after. */
function ShellLink({ to, className, routed, children }: { to: string; className: string; routed: boolean; children: React.ReactNode }) {
  return routed ? (
    <Link to={to} className={className}>
      {children}
    </Link>
  ) : (
    <a href={to} className={className}>
      {children}
    </a>
  )
}

export function Shell({ children, routed = true }: { children: React.ReactNode; routed?: boolean }) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-generic-header" role="banner">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <ShellLink to="/" className="govuk-generic-header__homepage-link" routed={routed}>
              Northshire County Council
            </ShellLink>
          </div>
        </div>
      </header>
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <ShellLink to="/" className="govuk-service-navigation__link" routed={routed}>
                {SERVICE_NAME}
              </ShellLink>
            </span>
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {navigation.map((item) =>
                  routed ? (
                    <NavItem key={item.to} {...item} />
                  ) : (
                    <li key={item.to} className="govuk-service-navigation__item">
                      <a href={item.to} className="govuk-service-navigation__link">
                        {item.label}
                      </a>
                    </li>
                  ),
                )}
              </ul>
            </nav>
          </div>
        </div>
      </section>
      {children}
      <footer className="govuk-footer app-no-print">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p className="govuk-body-s govuk-!-margin-0">
                {SERVICE_NAME} keeps its data in this browser on this device. Download a backup from Settings regularly.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
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
  return (
    <Shell>
      <Suspense fallback={null}>
        <ActingAsBar />
      </Suspense>
      <div className="govuk-width-container">
        <TabStatus />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <Suspense fallback={<p className="govuk-body">Loading…</p>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </Shell>
  )
}

/** The shell, painted while the local API starts and the first page's data loads. */
export function ShellLoading({ routed = true }: { routed?: boolean }) {
  return (
    <Shell routed={routed}>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <p className="govuk-body" role="status">
            Loading…
          </p>
        </main>
      </div>
    </Shell>
  )
}
