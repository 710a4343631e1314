import { usePageTitle } from '@/components/page'

/**
 * Shown instead of empty pages when this browser cannot run the app's local data service. It renders
 * outside the router (nothing else could start), so its heading is a plain h1, not PageHeading.
 */
export function StartupFailure({ reason }: { reason: string }) {
  const heading = 'Improvement Tracker cannot start in this browser'
  usePageTitle(heading)
  return (
    <main className="app-startup" id="main-content">
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">{reason}</p>
      <p className="govuk-body">
        The app keeps your data in the browser and needs it to allow stored data (IndexedDB). Try a
        normal (not private) window of an up-to-date Chrome, Edge, Firefox or Safari.
      </p>
      <p className="govuk-body">If you used the app in this browser before, your data has not been deleted.</p>
    </main>
  )
}
