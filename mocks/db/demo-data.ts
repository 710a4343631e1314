import { addDays, addWeeks, format, getDay } from 'date-fns'
import { COUNCIL_ID } from '@/contract/council'
import type { Rag } from '@/contract/rag'
import type { ReportEvent, ReportStatus } from '@/contract/reports'
import type {
  Dataset,
  StoredInspection,
  StoredMeeting,
  StoredMilestone,
  StoredMilestoneUpdate,
  StoredReport,
} from '@/contract/stored'
import { isWorkingDay } from '@/domain/working-days'
import { demoActions, demoMeetingRecord } from './demo-actions'
import { buildDemoMeasures } from './demo-measures'
import { demoBoards, demoPeople, demoPersonChanges } from './demo-people'
import { demoMilestoneSpecs, demoRecommendations, demoThemes, demoVisitRecommendations } from './demo-plan'
import { applyDemoDateChanges, demoAwaitingSignOff } from './demo-slippage'
import { demoUpdateWordsFor } from './demo-commentary'

/**
 * The demo data of Northshire County Council, laid out relative to `today` so that there is
 * always a next meeting, something due, something late and something done. The same `today`
 * always gives the same data.
 */
export const DEMO_COUNCIL_NAME = 'Northshire County Council'

export function buildDemoData(today: Date): Dataset {
  const day = (offset: number) => format(addDays(today, offset), 'yyyy-MM-dd')
  const at = (offset: number, hour = 10) => `${day(offset)}T${String(hour).padStart(2, '0')}:00:00.000Z`

  const inspectionStart = nextWeekday(addDays(today, -420), 1)
  const inspectionStartOffset = daysBetween(today, inspectionStart)
  const published = inspectionStartOffset + 32
  const planStart = published + 21

  const inspections: StoredInspection[] = [
    {
      id: 'inspection-ilacs',
      framework: 'ilacs-2023',
      kind: 'full-inspection',
      startDate: day(inspectionStartOffset),
      endDate: day(inspectionStartOffset + 11),
      publishedDate: day(published),
      overall: 'inadequate',
      judgements: [
        { area: 'ilacs-leaders', grade: 'inadequate' },
        { area: 'ilacs-help-protection', grade: 'inadequate' },
        { area: 'ilacs-in-care', grade: 'requires-improvement' },
        { area: 'ilacs-care-leavers', grade: 'requires-improvement' },
      ],
      recommendations: demoRecommendations.map((rec) => ({ ...rec })),
      followsInspectionId: null,
      version: 1,
    },
    ...[250, 120].map<StoredInspection>((ago, index) => {
      const start = nextWeekday(addDays(today, -ago), 2)
      const offset = daysBetween(today, start)
      return {
        id: `inspection-monitoring-${index + 1}`,
        framework: 'ilacs-2023',
        kind: 'monitoring-visit',
        startDate: day(offset),
        endDate: day(offset + 1),
        publishedDate: day(offset + 28),
        overall: null,
        judgements: [],
        // Each letter's own areas for improvement; the plan answering the inspection answers them too.
        recommendations: demoVisitRecommendations[index]!.map((rec) => ({ ...rec })),
        followsInspectionId: 'inspection-ilacs',
        version: 1,
      }
    }),
  ]

  const meetings = [
    ...meetingSeries(today, 'board-improvement', 4, 4, 8, 13, 12),
    ...meetingSeries(today, 'board-scrutiny', 2, 8, 1, 6, 6),
    ...meetingSeries(today, 'board-cabinet', 3, 13, 20, 4, 4),
  ]
  const series = (boardId: string) => {
    const list = meetings.filter((meeting) => meeting.boardId === boardId)
    const next = list.findIndex((meeting) => meeting.date >= day(0))
    return (relative: number): StoredMeeting => list[next + relative]!
  }
  const improvement = series('board-improvement')
  const scrutiny = series('board-scrutiny')
  const cabinet = series('board-cabinet')

  const plan = {
    id: 'plan-northshire',
    boardId: 'board-improvement',
    inspectionId: 'inspection-ilacs',
    title: 'Northshire Children’s Services Improvement Plan',
    themes: demoThemes.map((theme) => ({ ...theme })),
    status: 'agreed' as const,
    agreedBy: 'Children’s Services Improvement Board, with the DfE adviser',
    agreedOn: day(planStart),
    agreedRecordedById: 'p-improvement-chair',
    version: 1,
  }

  const milestones: StoredMilestone[] = []
  const milestoneUpdates: StoredMilestoneUpdate[] = []
  demoMilestoneSpecs.forEach((spec, index) => {
    const id = `milestone-${String(index + 1).padStart(2, '0')}`
    const path = ragPath(spec.rag, index)
    const lastOffset = -spec.lastUpdate
    const createdOffset = Math.min(planStart + (index % 5) * 3, lastOffset - path.length * 7)
    milestoneUpdates.push({
      id: `${id}-update-0`,
      milestoneId: id,
      kind: 'created',
      at: at(createdOffset, 9),
      authorId: 'p-improvement-chair',
      fromRag: null,
      rag: 'not-started',
      commentary: 'Added to the improvement plan.',
      changes: [],
    })
    let previous: Rag = 'not-started'
    path.forEach((rag, step) => {
      const offset = Math.round(createdOffset + ((lastOffset - createdOffset) * (step + 1)) / path.length)
      milestoneUpdates.push({
        id: `${id}-update-${step + 1}`,
        milestoneId: id,
        kind: 'status',
        at: at(offset, 11 + (step % 5)),
        authorId: spec.owner,
        fromRag: previous,
        rag,
        ...(demoUpdateWordsFor(spec.title, step, rag, addDays(today, offset)) ?? demoCommentary(rag)),
        changes: [],
      })
      previous = rag
    })
    const lastAt = milestoneUpdates.at(-1)!.at
    // Completion is signed off by the board's chair a few days later; one still awaits sign-off.
    const complete = spec.rag === 'blue'
    const awaiting = complete && spec.title === demoAwaitingSignOff
    const signedOffOn = complete && !awaiting ? format(addDays(new Date(lastAt), 3), 'yyyy-MM-dd') : null
    if (signedOffOn) {
      milestoneUpdates.push({
        id: `${id}-signed-off`,
        milestoneId: id,
        kind: 'signed-off',
        at: `${signedOffOn}T17:00:00.000Z`,
        authorId: 'p-improvement-chair',
        fromRag: 'blue',
        rag: 'blue',
        commentary: '',
        changes: [],
      })
    }
    milestones.push({
      id,
      planId: plan.id,
      themeId: spec.theme,
      title: spec.title,
      ownerId: spec.owner,
      dueDate: day(spec.due),
      baselineDueDate: day(spec.due),
      rag: spec.rag,
      signOff: complete ? (awaiting ? 'awaiting' : 'signed-off') : null,
      signedOffById: signedOffOn ? 'p-improvement-chair' : null,
      signedOffOn,
      closedOn: null,
      closedReason: null,
      recommendationIds: [...spec.recs.map((number) => `rec-${number}`), ...(spec.visitRecs ?? [])],
      partners: spec.partners ?? [],
      createdAt: at(createdOffset, 9),
      lastUpdatedAt: lastAt,
      completedOn: complete ? lastAt.slice(0, 10) : null,
      version: path.length + 1 + (signedOffOn ? 1 : 0),
    })
  })
  const dateChanges = applyDemoDateChanges(milestones, milestoneUpdates, day, at)

  const reports: StoredReport[] = []
  const report = (
    id: string,
    fields: Omit<StoredReport, 'id' | 'history' | 'version' | 'status' | 'dueMonth' | 'dueNextMeeting' | 'previousInstanceId'> &
      Partial<Pick<StoredReport, 'dueMonth' | 'dueNextMeeting' | 'previousInstanceId'>>,
    steps: Array<[ReportStatus, string, StoredMeeting | null, string?, StoredMeeting?]>,
  ) => {
    const history: ReportEvent[] = []
    let from: ReportStatus | null = null
    for (const [to, when, meeting, reason, fromMeeting] of steps) {
      const chair = demoBoards.find((board) => board.id === fields.requestedByBoardId)!.chairId
      const byId = to === 'in-preparation' || to === 'submitted' ? fields.authorId : chair
      history.push({
        at: when,
        byId,
        from,
        to,
        ...(meeting ? { meetingId: meeting.id } : {}),
        ...(fromMeeting ? { fromMeetingId: fromMeeting.id } : {}),
        ...(reason ? { reason } : {}),
      })
      from = to
    }
    reports.push({
      id,
      dueMonth: null,
      dueNextMeeting: false,
      previousInstanceId: null,
      ...fields,
      status: from!,
      history,
      version: history.length,
    })
  }
  const meetingAt = (meeting: StoredMeeting, hour = 15) => `${meeting.date}T${hour}:00:00.000Z`
  const daysBefore = (meeting: StoredMeeting, days: number, hour = 10) =>
    `${format(addDays(new Date(`${meeting.date}T12:00:00`), -days), 'yyyy-MM-dd')}T${hour}:00:00.000Z`

  // A standard report to every meeting of the improvement board.
  let previousProgress: string | null = null
  for (const relative of [-3, -2, -1]) {
    const id = `report-progress-${relative + 4}`
    const due = improvement(relative)
    const requested = improvement(relative - 1)
    report(
      id,
      {
        title: 'Improvement plan progress report',
        requestedByBoardId: 'board-improvement',
        requestedAtMeetingId: requested.id,
        dueMeetingId: due.id,
        authorId: 'p-dcs',
        recurrence: 'every-meeting',
        previousInstanceId: previousProgress,
      },
      [
        ['requested', meetingAt(requested), requested],
        ['in-preparation', daysBefore(due, 18), null],
        ['submitted', daysBefore(due, 9), null],
        ['considered', meetingAt(due), due],
      ],
    )
    previousProgress = id
  }
  report(
    'report-progress-4',
    {
      title: 'Improvement plan progress report',
      requestedByBoardId: 'board-improvement',
      requestedAtMeetingId: improvement(-1).id,
      dueMeetingId: improvement(0).id,
      authorId: 'p-dcs',
      recurrence: 'every-meeting',
      previousInstanceId: previousProgress,
    },
    [
      ['requested', meetingAt(improvement(-1)), improvement(-1)],
      ['in-preparation', at(-6), null],
    ],
  )
  report(
    'report-cin-review',
    {
      title: 'Review of all children-in-need cases',
      description: 'A case-by-case review of every child in need case open for more than 12 months, with the outcome of each.',
      requestedByBoardId: 'board-improvement',
      requestedAtMeetingId: improvement(-2).id,
      dueMeetingId: improvement(0).id,
      authorId: 'p-safeguarding',
      recurrence: 'none',
    },
    [
      ['requested', meetingAt(improvement(-2)), improvement(-2)],
      ['in-preparation', daysBefore(improvement(-1), 20), null],
      ['deferred', meetingAt(improvement(-1)), improvement(0), 'The audit sample was widened to include cases closed in the last six months.', improvement(-1)],
    ],
  )
  report(
    'report-monitoring-response',
    {
      title: 'Response to the Ofsted monitoring visit letter',
      requestedByBoardId: 'board-improvement',
      requestedAtMeetingId: improvement(-3).id,
      dueMeetingId: improvement(-1).id,
      authorId: 'p-dcs',
      recurrence: 'none',
    },
    [
      ['requested', meetingAt(improvement(-3)), improvement(-3)],
      ['submitted', daysBefore(improvement(-1), 8), null],
      ['considered', meetingAt(improvement(-1)), improvement(-1)],
    ],
  )
  report(
    'report-recruitment-strategy',
    {
      title: 'Social worker recruitment and retention strategy',
      description: 'The strategy on recruitment and retention of social workers, shared with the board at a future meeting.',
      requestedByBoardId: 'board-scrutiny',
      requestedAtMeetingId: scrutiny(-1).id,
      dueMeetingId: scrutiny(0).id,
      authorId: 'p-workforce',
      recurrence: 'none',
    },
    [
      ['requested', meetingAt(scrutiny(-1)), scrutiny(-1)],
      ['in-preparation', at(-20), null],
    ],
  )
  report(
    'report-safeguarding-annual-1',
    {
      title: 'Annual safeguarding report',
      requestedByBoardId: 'board-scrutiny',
      requestedAtMeetingId: scrutiny(-6).id,
      dueMeetingId: scrutiny(-4).id,
      authorId: 'p-safeguarding',
      recurrence: 'annual',
    },
    [
      ['requested', meetingAt(scrutiny(-6)), scrutiny(-6)],
      ['submitted', daysBefore(scrutiny(-4), 8), null],
      ['considered', meetingAt(scrutiny(-4)), scrutiny(-4)],
    ],
  )
  report(
    'report-safeguarding-annual-2',
    {
      title: 'Annual safeguarding report',
      requestedByBoardId: 'board-scrutiny',
      requestedAtMeetingId: scrutiny(-4).id,
      dueMeetingId: scrutiny(2).id,
      authorId: 'p-safeguarding',
      recurrence: 'annual',
      previousInstanceId: 'report-safeguarding-annual-1',
    },
    [['requested', meetingAt(scrutiny(-4)), scrutiny(-4)]],
  )
  report(
    'report-care-leavers-offer',
    {
      title: 'Care leavers local offer',
      requestedByBoardId: 'board-scrutiny',
      requestedAtMeetingId: scrutiny(-2).id,
      dueMeetingId: scrutiny(1).id,
      authorId: 'p-children-in-care',
      recurrence: 'none',
    },
    [
      ['requested', meetingAt(scrutiny(-2)), scrutiny(-2)],
      ['in-preparation', daysBefore(scrutiny(-1), 25), null],
      ['deferred', meetingAt(scrutiny(-1)), scrutiny(1), 'Awaiting the outcome of the consultation with care leavers.', scrutiny(-1)],
    ],
  )
  report(
    'report-lscp-annual',
    {
      title: 'Safeguarding children partnership annual report',
      requestedByBoardId: 'board-scrutiny',
      requestedAtMeetingId: scrutiny(-1).id,
      dueMeetingId: null,
      dueMonth: format(addDays(today, 400), 'yyyy-MM'),
      authorId: 'p-safeguarding',
      recurrence: 'annual',
    },
    [['requested', meetingAt(scrutiny(-1)), scrutiny(-1)]],
  )
  report(
    'report-complaints-annual-1',
    {
      title: 'Complaints and compliments annual report',
      requestedByBoardId: 'board-cabinet',
      requestedAtMeetingId: cabinet(-4).id,
      dueMeetingId: cabinet(-4).id,
      authorId: 'p-performance',
      recurrence: 'annual',
    },
    [
      ['requested', daysBefore(cabinet(-4), 60), null],
      ['submitted', daysBefore(cabinet(-4), 8), null],
      ['considered', meetingAt(cabinet(-4)), cabinet(-4)],
    ],
  )
  report(
    'report-complaints-annual-2',
    {
      title: 'Complaints and compliments annual report',
      requestedByBoardId: 'board-cabinet',
      requestedAtMeetingId: cabinet(-4).id,
      dueMeetingId: cabinet(0).id,
      authorId: 'p-performance',
      recurrence: 'annual',
      previousInstanceId: 'report-complaints-annual-1',
    },
    [['requested', meetingAt(cabinet(-4)), cabinet(-4)]],
  )
  report(
    'report-performance-q-1',
    {
      title: 'Quarterly performance report',
      requestedByBoardId: 'board-cabinet',
      requestedAtMeetingId: cabinet(-2).id,
      dueMeetingId: cabinet(-1).id,
      authorId: 'p-performance',
      recurrence: 'quarterly',
    },
    [
      ['requested', meetingAt(cabinet(-2)), cabinet(-2)],
      ['submitted', daysBefore(cabinet(-1), 7), null],
      ['considered', meetingAt(cabinet(-1)), cabinet(-1)],
    ],
  )
  report(
    'report-performance-q-2',
    {
      title: 'Quarterly performance report',
      requestedByBoardId: 'board-cabinet',
      requestedAtMeetingId: cabinet(-1).id,
      dueMeetingId: cabinet(0).id,
      authorId: 'p-performance',
      recurrence: 'quarterly',
      previousInstanceId: 'report-performance-q-1',
    },
    [
      ['requested', meetingAt(cabinet(-1)), cabinet(-1)],
      ['in-preparation', at(-10), null],
    ],
  )
  report(
    'report-agency-costs',
    {
      title: 'Agency staffing costs',
      requestedByBoardId: 'board-cabinet',
      requestedAtMeetingId: cabinet(-2).id,
      dueMeetingId: cabinet(-1).id,
      authorId: 'p-workforce',
      recurrence: 'none',
    },
    [
      ['requested', meetingAt(cabinet(-2)), cabinet(-2)],
      ['withdrawn', daysBefore(cabinet(-1), 30), null, 'Covered by the quarterly performance report.'],
    ],
  )

  return {
    council: [{ id: COUNCIL_ID, name: DEMO_COUNCIL_NAME, version: 1 }],
    people: demoPeople.map((person) => ({ ...person })),
    inspections,
    boards: demoBoards.map((board) => ({ ...board, memberIds: [...board.memberIds], officerIds: [...board.officerIds] })),
    // The improvement board's last meeting, as its clerk recorded it.
    meetings: meetings.map((meeting) => (meeting === improvement(-1) ? demoMeetingRecord(meeting) : meeting)),
    plans: [plan],
    milestones,
    milestoneUpdates,
    dateChanges,
    // Performance measures and their actuals: mocks/db/demo-measures.ts.
    ...buildDemoMeasures(today, plan.id, milestones),
    reports,
    planImports: [],
    personChanges: demoPersonChanges(at),
    actions: demoActions(improvement, scrutiny, meetingAt),
    packs: [],
  }
}

/** A board's meetings on one weekday every `weeks` weeks, the next one at least `leadDays` away. */
function meetingSeries(
  today: Date,
  boardId: string,
  weekday: number,
  weeks: number,
  leadDays: number,
  past: number,
  future: number,
): StoredMeeting[] {
  const anchor = nextWeekday(addDays(today, leadDays), weekday)
  const todayIso = format(today, 'yyyy-MM-dd')
  const list: StoredMeeting[] = []
  for (let n = -past; n <= future; n += 1) {
    let date = addWeeks(anchor, n * weeks)
    while (!isWorkingDay(format(date, 'yyyy-MM-dd'))) date = addDays(date, 1)
    const iso = format(date, 'yyyy-MM-dd')
    list.push({
      id: `meeting-${boardId.replace('board-', '')}-${iso}`,
      boardId,
      date: iso,
      status: iso < todayIso ? 'held' : 'scheduled',
      location: 'Council Chamber, County Hall, Northshire',
      version: 1,
    })
  }
  return list
}

function nextWeekday(from: Date, weekday: number): Date {
  let date = from
  while (getDay(date) !== weekday) date = addDays(date, 1)
  return date
}

function daysBetween(from: Date, to: Date): number {
  return Math.round((Date.UTC(to.getFullYear(), to.getMonth(), to.getDate()) - Date.UTC(from.getFullYear(), from.getMonth(), from.getDate())) / 86_400_000)
}

/** The statuses a demo milestone passed through on its way to its current one. */
function ragPath(final: Rag, index: number): Rag[] {
  switch (final) {
    case 'not-started':
      return ['not-started']
    case 'green':
      return index % 3 === 0 ? ['green', 'amber', 'green'] : ['green', 'green']
    case 'amber':
      return ['green', 'amber']
    case 'red':
      return index % 2 === 0 ? ['green', 'amber', 'red'] : ['amber', 'red']
    case 'blue':
      return index % 2 === 0 ? ['green', 'amber', 'green', 'blue'] : ['green', 'blue']
  }
}

/** Stock words, only for a milestone whose updates demo-commentary.ts has not written (a test keeps there being none). */
function demoCommentary(rag: Rag): Pick<StoredMilestoneUpdate, 'commentary' | 'recoveryAction' | 'evidence'> {
  switch (rag) {
    case 'not-started':
      return { commentary: 'Not yet begun; work is scheduled to start as the plan sets out.' }
    case 'green':
      return { commentary: 'Actions for this period completed; next steps agreed with the service and on course for the due date.' }
    case 'amber':
      return {
        commentary: 'Progress has slipped against the plan and the risk has been raised with the senior leadership team.',
        recoveryAction: 'Extra capacity assigned and weekly progress checks with the Director until it is back on track.',
      }
    case 'red':
      return {
        commentary: 'This will not be delivered by the due date without the board’s intervention.',
        recoveryAction: 'A recovery plan with a revised date and a request for extra resource goes to the next board meeting.',
      }
    case 'blue':
      return {
        commentary: 'Delivered and signed off by the senior leadership team.',
        evidence: 'Sign-off minuted at the senior leadership team; an audit sample reviewed by the quality assurance team.',
      }
  }
}
