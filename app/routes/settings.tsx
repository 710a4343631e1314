import { useState } from 'react'
import { roleLabels } from '@/contract/people'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { ActingAsPicker } from '@/features/people/components/acting-as-picker'
import { useActingPerson, usePeople } from '@/features/people/api/get-people'
import { useBoards } from '@/features/boards/api/get-boards'
import { useMeetings } from '@/features/meetings/api/get-meetings'
import { useMilestones } from '@/features/milestones/api/get-milestones'
import { usePlans } from '@/features/plans/api/get-plans'
import { useReports } from '@/features/reports/api/get-reports'
import { BackupControls } from '@/features/settings/components/backup-controls'
import { DemoReset } from '@/features/settings/components/demo-reset'
import { ExportsSection } from '@/features/settings/components/exports-section'
import { StorageStatus } from '@/features/settings/components/storage-status'
import { mayResetData, mayRestoreBackup } from '@/domain/permissions'

export function SettingsPage() {
  const { data: people } = usePeople()
  const person = useActingPerson()
  const [chosen, setChosen] = useState<string | null>(null)
  const { data: milestones } = useMilestones()
  const { data: plans } = usePlans()
  const { data: reports } = useReports()
  const { data: meetings } = useMeetings()
  const { data: boards } = useBoards()

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {chosen ? (
          <NotificationBanner kind="success">
            <p className="govuk-notification-banner__heading">You are now acting as {chosen}.</p>
          </NotificationBanner>
        ) : null}
        <PageHeading>Settings</PageHeading>
        <h2 className="govuk-heading-m">Who you are acting as</h2>
        <p className="govuk-body">
          {person
            ? `You are acting as ${person.name}, ${person.jobTitle} (${roleLabels[person.role].toLowerCase()}).`
            : 'You have not chosen who you are acting as yet.'}{' '}
          There is no sign-in: the app keeps your choice in this browser.
        </p>
        <ActingAsPicker people={people} onChosen={(next) => setChosen(next.name)} />
        <BackupControls
          canRestore={mayRestoreBackup(person).allowed}
          current={{ boards: boards.length, plans: plans.length, milestones: milestones.length, meetings: meetings.length, reports: reports.length, people: people.length }}
        />
        <StorageStatus />
        <ExportsSection milestones={milestones} plans={plans} reports={reports} meetings={meetings} boards={boards} people={people} />
        <DemoReset canReset={mayResetData(person).allowed} />
      </div>
    </div>
  )
}
