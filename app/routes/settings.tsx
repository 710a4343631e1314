import { PageHeading } from '@/components/page'
import { ActingAsPicker } from '@/features/people/components/acting-as-picker'
import { appMode, choosesWhoToActAs } from '@/lib/app-mode'
import { YourSessions } from '@/features/sessions/components/your-sessions'
import { definePageData } from '@/lib/page-data'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { milestonesQueryOptions } from '@/features/milestones/api/get-milestones'
import { plansQueryOptions } from '@/features/plans/api/get-plans'
import { reportsQueryOptions } from '@/features/reports/api/get-reports'
import { BackupControls } from '@/features/settings/components/backup-controls'
import { DemoReset } from '@/features/settings/components/demo-reset'
import { ExportsSection } from '@/features/settings/components/exports-section'
import { StorageStatus } from '@/features/settings/components/storage-status'
import { mayRenameCouncil, mayResetData, mayRestoreBackup } from '@/domain/permissions'
import { councilQueryOptions } from '@/features/council/api/council'
import { CouncilSection } from '@/features/council/components/council-name-form'

/** Everything the exports write out. */
const settingsData = definePageData(() => ({
  council: councilQueryOptions(),
  people: peopleQueryOptions(),
  milestones: milestonesQueryOptions(),
  plans: plansQueryOptions(),
  reports: reportsQueryOptions(),
  meetings: meetingsQueryOptions(),
  boards: boardsQueryOptions(),
}))

export const loader = settingsData.loader
export { SettingsPage as Component }

export function SettingsPage() {
  const { council, people, milestones, plans, reports, meetings, boards } = settingsData.usePageData()
  const person = useActingPerson()
  const mode = appMode()

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Settings</PageHeading>
        {mode === 'server-sign-in' ? (
          <YourSessions />
        ) : choosesWhoToActAs(mode) ? (
          <>
            <h2 className="govuk-heading-m">Who you are acting as</h2>
            <p className="govuk-body">
              {mode === 'local'
                ? 'This is a single-device mode with no sign-in: anyone using this browser can choose who they act as, and the app keeps the choice here.'
                : 'This server runs in development mode, with no sign-in: anyone can choose who they act as.'}{' '}
              What you may change depends on the person’s role: elected members can read everything and change nothing.
            </p>
            <ActingAsPicker people={people} boards={boards} />
          </>
        ) : null}
        {council ? <CouncilSection council={council} canRename={mayRenameCouncil(person).allowed} /> : null}
        <BackupControls
          canRestore={mayRestoreBackup(person).allowed}
          current={{ boards: boards.length, plans: plans.length, milestones: milestones.length, meetings: meetings.length, reports: reports.length, people: people.length }}
        />
        {mode === 'local' ? <StorageStatus /> : null}
        <ExportsSection milestones={milestones} plans={plans} reports={reports} meetings={meetings} boards={boards} people={people} />
        <DemoReset canReset={mayResetData(person).allowed} />
      </div>
    </div>
  )
}
