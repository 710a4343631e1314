import type { Attendance } from '@/contract/meetings'
import { SummaryList } from '@/components/summary-list'

interface AttendanceSummaryProps {
  attendance: Attendance
  name: (personId: string) => string
}

const names = (ids: string[], name: (id: string) => string) =>
  ids.length === 0 ? (
    'None recorded'
  ) : (
    <ul className="govuk-list">
      {ids.map((id) => (
        <li key={id}>{name(id)}</li>
      ))}
    </ul>
  )

/** Who came to the meeting, who sent apologies, and who else was there. */
export function AttendanceSummary({ attendance, name }: AttendanceSummaryProps) {
  return (
    <SummaryList
      rows={[
        { key: 'Present', value: names(attendance.present, name) },
        { key: 'Apologies', value: names(attendance.apologies, name) },
        { key: 'Also present', value: attendance.others ? <span className="app-pre-wrap">{attendance.others}</span> : 'None recorded' },
      ]}
    />
  )
}
