import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { takeWantedFocus } from '@/lib/heading-focus'
import { SERVICE_NAME } from '@/contract/modes'

export { SERVICE_NAME }

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${SERVICE_NAME}`
  }, [title])
}

interface PageHeadingProps {
  /** The document title, when it should differ from the heading. */
  title?: string
  caption?: ReactNode
  children: string
}

/** The page's one h1; it sets the page title and takes focus after navigation. */
export function PageHeading({ title, caption, children }: PageHeadingProps) {
  usePageTitle(title ?? children)
  const heading = useRef<HTMLHeadingElement>(null)
  const { pathname } = useLocation()
  // A layout effect, because React runs it again when a Suspense boundary shows this heading again
  // after hiding it (an answer refetched while the page is open): the browser drops the focus from a
  // hidden heading, and the navigation's wish gives it back.
  useLayoutEffect(() => takeWantedFocus(pathname, heading.current), [pathname])
  return (
    <h1 ref={heading} className="govuk-heading-l" tabIndex={-1} data-page-heading>
      {caption ? <span className="govuk-caption-l">{caption}</span> : null}
      {children}
    </h1>
  )
}
