import type { Report } from '@/contract/reports'

export interface ReportCounts {
  due: number
  submitted: number
  late: number
}

/** Per due meeting: reports still owed or delivered (withdrawn ones do not count), submitted, and late. */
export function countReportsByMeeting(reports: Report[]): (meetingId: string) => ReportCounts {
  const counts = new Map<string, ReportCounts>()
  for (const report of reports) {
    if (!report.dueMeetingId || report.status === 'withdrawn') continue
    const count = counts.get(report.dueMeetingId) ?? { due: 0, submitted: 0, late: 0 }
    count.due += 1
    if (report.status === 'submitted' || report.status === 'considered') count.submitted += 1
    if (report.overdue) count.late += 1
    counts.set(report.dueMeetingId, count)
  }
  return (meetingId) => counts.get(meetingId) ?? { due: 0, submitted: 0, late: 0 }
}
