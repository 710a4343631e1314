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
import { agendaOf } from '@/domain/agenda'
import { schedulingWarnings } from '@/domain/scheduling'

/**
 * A meeting as the API answers: its stored fields with their defaults, its papers deadline, and its
 * agenda (the standing one until the chair saves one) with each report due at it (`reportsDue`:
 * the reports whose due meeting it is, withdrawn ones left out).
 */
export function toMeeting(
  meeting: StoredMeeting,
  board: Pick<StoredBoard, 'papersLeadDays'> | undefined,
  reportsDue: readonly Pick<StoredReport, 'id' | 'title' | 'status'>[] = [],
  /** The board's other meetings (not cancelled) on the same day. */
  othersThatDay = 0,
): Meeting {
  const { agenda: savedAgenda, ...rest } = meeting
  const { agenda, saved } = agendaOf(savedAgenda, reportsDue.filter((report) => report.status !== 'withdrawn'))
  return {
    ...rest,
    time: meeting.time ?? null,
    attendance: meeting.attendance ?? null,
    agenda,
    agendaSaved: saved,
    papersDeadline: papersDeadline(meeting.date, board?.papersLeadDays ?? 5),
    warnings: meeting.status === 'cancelled' ? [] : schedulingWarnings(meeting.date, othersThatDay),
  }
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
