import { useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { DemoStart, EmptyCouncilForm } from '@/features/council/components/set-up-forms'
import { appMode } from '@/lib/app-mode'
import { pageUrls } from '@/lib/page-urls'
import { useSessionStore } from '@/stores/session-store'

/** Nothing to load: the root has found that no council is set up. */
export const loader = async () => null
export { WelcomePage as Component }

/** The first run: start an empty council, or try the demo. */
export function WelcomePage() {
  const navigate = useNavigate()
  const mode = appMode()
  const signedIn = useSessionStore((state) => state.signedIn)
  if (mode === 'server-read-only') {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>This server is not set up yet</PageHeading>
          <p className="govuk-body-l">No council has been set up on this shared server, and it takes no changes until sign-in is set up.</p>
          <p className="govuk-body">
            Ask whoever runs the server. They can start it in development mode (<code>npm run serve -- --dev-identity</code>) to set the council up, or restore a backup
            there, then start it again.
          </p>
        </div>
      </div>
    )
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Set up Improvement Tracker</PageHeading>
        <p className="govuk-body-l">
          Track your improvement plan, its milestones and the reports your boards ask for, in place of the spreadsheets mailed round before each meeting.
        </p>
        <p className="govuk-body">
          {mode === 'local'
            ? 'In this mode everything is kept in this browser, on this device. You can download a backup at any time from Settings.'
            : 'This is a shared server: the council you set up here is shared with everyone who uses it. An administrator can download a backup at any time from Settings.'}
        </p>
        {signedIn ? (
          <div className="govuk-inset-text">
            You are signed in as <strong>{signedIn.name}</strong> ({signedIn.email}), the first person on this server. Whichever way you start, you will be its
            administrator: you add the people who may sign in, by their council email addresses, and give them their roles.
          </div>
        ) : null}
        <h2 className="govuk-heading-m" id="empty-council-heading">
          Start with an empty council
        </h2>
        <p className="govuk-body">
          Name your council and yourself as the first board chair. You will be its administrator: you add the people, the boards, the inspection and the plan.
        </p>
        <EmptyCouncilForm onSetUp={() => navigate(pageUrls.home, { replace: true })} />
        <h2 className="govuk-heading-m">Or try the Northshire demo</h2>
        <p className="govuk-body">
          Northshire County Council is fictional: an inadequate judgement, an agreed improvement plan with 41 milestones, three boards, their meetings and reports. Use it to see how
          the app works; an administrator can replace it with your own data later.
        </p>
        <DemoStart onSetUp={() => navigate(pageUrls.home, { replace: true })} />
      </div>
    </div>
  )
}
