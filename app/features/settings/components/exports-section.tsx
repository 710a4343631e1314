import type { Board } from '@/contract/boards'
import type { Meeting } from '@/contract/meetings'
import type { Milestone } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Plan } from '@/contract/plans'
import type { Report } from '@/contract/reports'
import { downloadText } from '@/lib/csv'
import { todayIso } from '@/lib/dates'
import { meetingsCalendar, milestonesCsv, reportsCsv } from '../exports'

interface ExportsSectionProps {
  milestones: Milestone[]
  plans: Plan[]
  reports: Report[]
  meetings: Meeting[]
  boards: Board[]
  people: Person[]
}

/** Files people use outside the app: spreadsheets and calendars. */
export function ExportsSection(data: ExportsSectionProps) {
  const stamp = todayIso()
  return (
    <>
      <h2 className="govuk-heading-m">Use the data in other programs</h2>
      <p className="govuk-body">These are copies to read elsewhere, not backups: they cannot be restored into the app.</p>
      <ul className="govuk-list">
        <li>
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={() => downloadText(`milestones-${stamp}.csv`, milestonesCsv(data), 'text/csv;charset=utf-8')}>
            Milestones (CSV spreadsheet)
          </button>
        </li>
        <li>
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={() => downloadText(`reports-${stamp}.csv`, reportsCsv(data), 'text/csv;charset=utf-8')}>
            Follow-up reports (CSV spreadsheet)
          </button>
        </li>
        <li>
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={() => downloadText(`meetings-${stamp}.ics`, meetingsCalendar(data), 'text/calendar;charset=utf-8')}>
            Meetings, papers deadlines and reports due (calendar file for Outlook or Google Calendar)
          </button>
        </li>
      </ul>
    </>
  )
}
