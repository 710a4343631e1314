import { Link, NavLink, useMatch } from 'react-router'
import { modeWords, type AppMode } from '@/contract/modes'
import { ModeBanner } from '@/components/mode-banner'
import { SERVICE_NAME } from '@/components/page'
import { appMode } from '@/lib/app-mode'
import { pageUrls } from '@/lib/page-urls'

type NavigationItem = { to: string; label: string; end: boolean }

const navigation: NavigationItem[] = [
  { to: pageUrls.home, label: 'Home', end: true },
  { to: pageUrls.boards, label: 'Boards', end: false },
  { to: pageUrls.meetings(), label: 'Meetings', end: false },
  { to: pageUrls.reports(), label: 'Reports', end: false },
  { to: pageUrls.inspections, label: 'Inspections', end: false },
  { to: pageUrls.people, label: 'People', end: false },
  { to: pageUrls.settings, label: 'Settings', end: false },
]

/** Offered to chairs and administrators only, before Settings. */
const auditItem: NavigationItem = { to: pageUrls.audit(), label: 'Who changed what', end: false }

function NavItem({ to, label, end }: NavigationItem) {
  const active = useMatch({ path: to, end }) !== null
  return (
    <li className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}>
      <NavLink to={to} end={end} className="govuk-service-navigation__link">
        {active ? <strong className="govuk-service-navigation__active-fallback">{label}</strong> : label}
      </NavLink>
    </li>
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

interface ShellProps {
  children: React.ReactNode
  routed?: boolean
  /** Absent before the app knows it (while it starts, or before the council is set up). */
  councilName?: string | undefined
  /** Where the data is; by default as the page was told (app/lib/app-mode.ts). */
  mode?: AppMode
  /** Whether the person acting may see who changed what: the menu then leads there. */
  showAudit?: boolean
}

export function Shell({ children, routed = true, councilName, mode = appMode(), showAudit = false }: ShellProps) {
  const items = showAudit ? [...navigation.slice(0, -1), auditItem, ...navigation.slice(-1)] : navigation
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-generic-header" role="banner">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            {councilName ? (
              <ShellLink to={pageUrls.home} className="govuk-generic-header__homepage-link" routed={routed}>
                {councilName}
              </ShellLink>
            ) : null}
          </div>
        </div>
      </header>
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <ShellLink to={pageUrls.home} className="govuk-service-navigation__link" routed={routed}>
                {SERVICE_NAME}
              </ShellLink>
            </span>
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {items.map((item) =>
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
      <ModeBanner mode={mode} />
      {children}
      <footer className="govuk-footer app-no-print">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p className="govuk-body-s govuk-!-margin-0">
                {`${SERVICE_NAME} ${modeWords[mode].footer}`}
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  )
}

/**
 * The shell, painted while the local API starts and the first page's data loads. Unrouted, it is
 * also rendered into index.html at build time, so it shows before any script has run.
 */
export function ShellLoading({ routed = true, mode }: { routed?: boolean; mode?: AppMode }) {
  return (
    <Shell routed={routed} mode={mode}>
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
