import type { Board } from '@/contract/boards'
import type { Meeting } from '@/contract/meetings'
import type { Milestone } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Plan } from '@/contract/plans'
import { milestoneStatusLabel } from '@/domain/milestone-status'
import { recurrenceLabels, reportStatusLabels, type Report } from '@/contract/reports'
import { toCsv } from '@/lib/csv'
import { formatDate, formatMonth } from '@/lib/dates'
import { toICalendar, type CalendarEvent } from '@/lib/ical'

interface ExportData {
  milestones: Milestone[]
  plans: Plan[]
  reports: Report[]
  meetings: Meeting[]
  boards: Board[]
  people: Person[]
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No')

const signOffLabels = { awaiting: 'Awaiting sign-off', 'signed-off': 'Signed off' } as const

/** Every milestone with both its dates (the baseline agreed with the plan and the current due date), its slippage and its sign-off. */
export function milestonesCsv({ milestones, plans, people }: Pick<ExportData, 'milestones' | 'plans' | 'people'>): string {
  const person = (id: string) => people.find((candidate) => candidate.id === id)?.name ?? ''
  return toCsv(
    [
      'Plan',
      'Theme',
      'Milestone',
      'Owner',
      'Baseline date',
      'Due date',
      'Days slipped',
      'Slipped',
      'New date proposed',
      'Status',
      'Sign-off',
      'Signed off on',
      'Overdue',
      'Stale',
      'Completed on',
      'Completed late',
      'Closed on',
      'Why closed',
      'Last update',
      'Latest commentary',
      'Recovery action',
      'Partner agencies',
      'Description',
    ],
    milestones.map((milestone) => {
      const plan = plans.find((candidate) => candidate.id === milestone.planId)
      return [
        plan?.title ?? '',
        plan?.themes.find((theme) => theme.id === milestone.themeId)?.title ?? '',
        milestone.title,
        person(milestone.ownerId),
        milestone.baselineDueDate ?? '',
        milestone.dueDate,
        String(milestone.slippedDays),
        yesNo(milestone.slipped),
        milestone.proposedDueDate ?? '',
        milestoneStatusLabel(milestone),
        milestone.rag === 'blue' && milestone.signOff ? signOffLabels[milestone.signOff] : '',
        milestone.signedOffOn ?? '',
        yesNo(milestone.overdue),
        yesNo(milestone.stale),
        milestone.completedOn ?? '',
        yesNo(milestone.completedLate),
        milestone.closedOn ?? '',
        milestone.closedReason ?? '',
        milestone.lastUpdatedAt.slice(0, 10),
        milestone.latestUpdate?.commentary ?? '',
        milestone.latestUpdate?.recoveryAction ?? '',
        milestone.partners.join('; '),
        milestone.description ?? '',
      ]
    }),
  )
}

export function reportsCsv({ reports, meetings, boards, people }: Pick<ExportData, 'reports' | 'meetings' | 'boards' | 'people'>): string {
  const person = (id: string) => people.find((candidate) => candidate.id === id)?.name ?? ''
  const meetingDate = (id: string | null) => meetings.find((meeting) => meeting.id === id)?.date ?? ''
  return toCsv(
    ['Report', 'Asked for by', 'Asked for at the meeting on', 'Due at the meeting on', 'Due in the month', 'Due at the next meeting', 'Author', 'How often', 'Status', 'Late'],
    reports.map((report) => [
      report.title,
      boards.find((board) => board.id === report.requestedByBoardId)?.name ?? '',
      meetingDate(report.requestedAtMeetingId),
      meetingDate(report.dueMeetingId),
      report.dueMonth ? formatMonth(report.dueMonth) : '',
      yesNo(report.dueNextMeeting),
      person(report.authorId),
      recurrenceLabels[report.recurrence],
      reportStatusLabels[report.status],
      yesNo(report.overdue),
    ]),
  )
}

/** Meetings, their papers deadlines and the reports due at them, as all-day calendar events. */
export function meetingsCalendar({ meetings, reports, boards }: Pick<ExportData, 'meetings' | 'reports' | 'boards'>, now?: Date): string {
  const boardName = (id: string) => boards.find((board) => board.id === id)?.name ?? 'Board'
  const events: CalendarEvent[] = []
  for (const meeting of meetings.filter((candidate) => candidate.status !== 'cancelled')) {
    const due = reports.filter((report) => report.dueMeetingId === meeting.id && report.status !== 'withdrawn')
    const dueList = due.length > 0 ? `Reports due:\n${due.map((report) => `- ${report.title} (${reportStatusLabels[report.status]})`).join('\n')}` : 'No reports due.'
    events.push({
      uid: `${meeting.id}@improvement-tracker`,
      date: meeting.date,
      summary: `${boardName(meeting.boardId)} meeting`,
      description: `Papers deadline ${formatDate(meeting.papersDeadline)}.\n${dueList}`,
      ...(meeting.location ? { location: meeting.location } : {}),
    })
    events.push({
      uid: `${meeting.id}-papers@improvement-tracker`,
      date: meeting.papersDeadline,
      summary: `Papers deadline: ${boardName(meeting.boardId)}, ${formatDate(meeting.date)}`,
      description: dueList,
    })
  }
  for (const report of reports.filter((candidate) => candidate.dueMonth && !candidate.dueMeetingId && candidate.status !== 'withdrawn')) {
    events.push({
      uid: `${report.id}-due@improvement-tracker`,
      date: `${report.dueMonth}-01`,
      summary: `Report due this month: ${report.title}`,
      description: `Asked for by ${boardName(report.requestedByBoardId)}. Due at its meeting in ${formatMonth(report.dueMonth!)}.`,
    })
  }
  return toICalendar('Improvement Tracker: meetings and deadlines', events, now)
}
