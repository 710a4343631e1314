import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { PageHeading } from '@/components/page'
import { problemTypes } from '@/contract/http'
import { isApiError, LocalApiUnavailableError } from '@/lib/api-error'
import { appMode } from '@/lib/app-mode'
import { pageUrls } from '@/lib/page-urls'
import { NotFoundPage } from './not-found'

/** Errors of a page: not found, the local API gone, or anything else, in plain words. */
export function RouteError() {
  const error = useRouteError()
  if (isApiError(error, 404) || (isRouteErrorResponse(error) && error.status === 404)) return <NotFoundPage />
  if (error instanceof LocalApiUnavailableError) {
    return (
      <>
        <PageHeading>Your data could not be reached</PageHeading>
        <p className="govuk-body">
          {appMode() === 'local'
            ? 'The part of the app that keeps your data in this browser is not running in this tab. This can happen after a hard reload, or when a tab has been in the background for a long time. Your data has not been lost.'
            : 'The shared server did not answer, or something between it and this browser answered in its place. Nothing saved has been lost. Try again in a moment.'}
        </p>
        <button type="button" className="govuk-button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </>
    )
  }
  if (isApiError(error) && error.problem.type === problemTypes.unreadable) {
    const issue = typeof error.problem.issue === 'string' ? error.problem.issue : null
    return (
      <>
        <PageHeading>This record cannot be shown</PageHeading>
        <p className="govuk-body">
          It is stored in a form this version of the app cannot read{issue ? ` (${issue})` : ''}. Nothing has been
          changed, and the rest of the app works as usual.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={pageUrls.settings}>
            Download a backup from Settings
          </Link>{' '}
          to keep every record as it is stored.
        </p>
      </>
    )
  }
  console.error(error)
  return (
    <>
      <PageHeading>Sorry, there is a problem</PageHeading>
      <p className="govuk-body">The page could not be shown. Your saved data has not been changed.</p>
      <button type="button" className="govuk-button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </>
  )
}
