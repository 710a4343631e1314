import type { Measure } from '@/contract/measures'
import type { Meeting } from '@/contract/meetings'
import type { Milestone } from '@/contract/milestones'
import type { Report } from '@/contract/reports'
import { deriveMeasure } from '@/domain/measure-status'
import { milestoneFlags } from '@/domain/milestone-status'
import { isReportLate } from '@/domain/report-status'
import { todayIso } from '@/domain/today'
import type { StoredBoard, StoredMeasure, StoredMeasureActual, StoredMeeting, StoredMilestone, StoredReport } from '@/contract/stored'
import { papersDeadline } from '@/domain/working-days'

export function toMeeting(meeting: StoredMeeting, board: Pick<StoredBoard, 'papersLeadDays'> | undefined): Meeting {
  return { ...meeting, papersDeadline: papersDeadline(meeting.date, board?.papersLeadDays ?? 5) }
}

/** A milestone as the API answers: its stored fields, its derived flags, and the new date awaiting the chair, if any. */
export function toMilestone(milestone: StoredMilestone, staleAfterDays: number, proposedDueDate: string | null = null, now: Date = new Date()): Milestone {
  return { ...milestone, ...milestoneFlags(milestone, staleAfterDays, todayIso(now)), proposedDueDate }
}

export function toReport(report: StoredReport, dueMeeting: Meeting | undefined, now: Date = new Date()): Report {
  return { ...report, overdue: isReportLate(report, dueMeeting, todayIso(now)) }
}

/** A measure as the API answers: its stored fields, and its latest actual with that actual's status. */
export function toMeasure(measure: StoredMeasure, actuals: readonly Pick<StoredMeasureActual, 'month' | 'value'>[]): Measure {
  return { ...measure, ...deriveMeasure(measure, actuals) }
}
