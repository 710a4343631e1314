import { useEffect, useId, useRef, type ReactNode } from 'react'

interface NotificationBannerProps {
  kind?: 'information' | 'success'
  title?: string
  children: ReactNode
}

/** A success banner takes focus so screen reader users hear it. */
export function NotificationBanner({ kind = 'information', title, children }: NotificationBannerProps) {
  const ref = useRef<HTMLDivElement>(null)
  // Two banners on one page (the page's own and the app's notices) each need their own title id.
  const titleId = useId()
  useEffect(() => {
    if (kind === 'success') ref.current?.focus()
  }, [kind])
  const success = kind === 'success'
  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={success ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  )
}
