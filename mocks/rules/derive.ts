import { differenceInCalendarDays, format, parseISO } from 'date-fns'
import type { Meeting } from '@/contract/meetings'
import type { Milestone } from '@/contract/milestones'
import { openReportStatuses, type Report } from '@/contract/reports'
import type { StoredBoard, StoredMeeting, StoredMilestone, StoredReport } from '@/contract/stored'
import { papersDeadline } from '@/domain/working-days'

/** Today's date in the browser's time zone, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd')
}

export function toMeeting(meeting: StoredMeeting, board: Pick<StoredBoard, 'papersLeadDays'> | undefined): Meeting {
  return { ...meeting, papersDeadline: papersDeadline(meeting.date, board?.papersLeadDays ?? 5) }
}

export function toMilestone(milestone: StoredMilestone, staleAfterDays: number, now: Date = new Date()): Milestone {
  const today = todayIso(now)
  const complete = milestone.rag === 'blue'
  return {
    ...milestone,
    overdue: !complete && milestone.dueDate < today,
    stale: !complete && differenceInCalendarDays(now, parseISO(milestone.lastUpdatedAt)) > staleAfterDays,
    completedLate: complete && milestone.completedOn !== null && milestone.completedOn > milestone.dueDate,
  }
}

/** A report is late once its due meeting's papers deadline (or its due month) has passed and it is still owed. */
export function toReport(report: StoredReport, dueMeeting: Meeting | undefined, now: Date = new Date()): Report {
  const today = todayIso(now)
  let overdue = false
  if (openReportStatuses.includes(report.status)) {
    if (dueMeeting) overdue = dueMeeting.papersDeadline < today
    else if (report.dueMonth) overdue = report.dueMonth < today.slice(0, 7)
  }
  return { ...report, overdue }
}
