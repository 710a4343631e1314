import type { Board } from '@/contract/boards'
import type { Meeting } from '@/contract/meetings'
import type { Milestone, MilestoneUpdate } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Plan } from '@/contract/plans'
import type { Report } from '@/contract/reports'
import type { StoredMeeting, StoredMilestone, StoredReport } from '@/contract/stored'

/**
 * Contract-valid records for tests, one builder per resource: the defaults agree with one
 * another (the milestone is in the plan's theme, owned by the person, and so on), so a test
 * names only what it is about. A test that relies on a value passes it, even if it is the default.
 */

export function aPerson(overrides: Partial<Person> = {}): Person {
  return { id: 'person-1', name: 'Sam Director', jobTitle: 'Director of Children’s Services', role: 'director', email: null, isAdmin: false, active: true, version: 1, ...overrides }
}

export function aBoard(overrides: Partial<Board> = {}): Board {
  return {
    id: 'board-1',
    name: 'Improvement Board',
    kind: 'improvement-board',
    chairId: 'person-chair',
    memberIds: [],
    officerIds: [],
    papersLeadDays: 5,
    staleAfterDays: 30,
    version: 1,
    ...overrides,
  }
}

export function aStoredMeeting(overrides: Partial<StoredMeeting> = {}): StoredMeeting {
  return { id: 'meeting-1', boardId: 'board-1', date: '2026-12-10', status: 'scheduled', version: 1, ...overrides }
}

/** A meeting as the API answers it; the papers deadline is given, not worked out. */
export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return { ...aStoredMeeting(), time: null, agenda: [], agendaSaved: false, attendance: null, papersDeadline: '2026-12-02', warnings: [], ...overrides }
}

export function aPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1',
    boardId: 'board-1',
    inspectionId: null,
    title: 'Improvement Plan',
    themes: [{ id: 'theme-1', title: 'Practice' }],
    status: 'agreed',
    agreedBy: 'The improvement board',
    agreedOn: '2026-01-01',
    agreedRecordedById: 'person-chair',
    version: 1,
    ...overrides,
  }
}

/** A milestone as stored: on track, due well after 23 November 2026, updated recently. */
export function aStoredMilestone(overrides: Partial<StoredMilestone> = {}): StoredMilestone {
  return {
    id: 'milestone-1',
    planId: 'plan-1',
    themeId: 'theme-1',
    title: 'A milestone',
    ownerId: 'person-1',
    dueDate: '2027-06-01',
    baselineDueDate: '2027-06-01',
    rag: 'green',
    signOff: null,
    signedOffById: null,
    signedOffOn: null,
    closedOn: null,
    closedReason: null,
    recommendationIds: [],
    partners: [],
    createdAt: '2026-01-01T10:00:00.000Z',
    lastUpdatedAt: '2026-11-01T10:00:00.000Z',
    completedOn: null,
    version: 1,
    ...overrides,
  }
}

/** A milestone as the API answers it; the derived flags are given, not worked out. */
export function aMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return { ...aStoredMilestone(), overdue: false, stale: false, completedLate: false, slipped: false, slippedDays: 0, proposedDueDate: null, ...overrides }
}

export function aMilestoneUpdate(overrides: Partial<MilestoneUpdate> = {}): MilestoneUpdate {
  return {
    id: 'update-1',
    milestoneId: 'milestone-1',
    kind: 'status',
    at: '2026-11-01T10:00:00.000Z',
    authorId: 'person-1',
    fromRag: 'not-started',
    rag: 'green',
    commentary: 'Started on time.',
    changes: [],
    ...overrides,
  }
}

/** A report as stored: in preparation, due at meeting-1. */
export function aStoredReport(overrides: Partial<StoredReport> = {}): StoredReport {
  return {
    id: 'report-1',
    title: 'A follow-up report',
    requestedByBoardId: 'board-1',
    requestedAtMeetingId: null,
    dueMeetingId: 'meeting-1',
    dueMonth: null,
    dueNextMeeting: false,
    authorId: 'person-1',
    recurrence: 'none',
    status: 'in-preparation',
    history: [],
    previousInstanceId: null,
    version: 1,
    ...overrides,
  }
}

/** A report as the API answers it; `overdue` is given, not worked out. */
export function aReport(overrides: Partial<Report> = {}): Report {
  return { ...aStoredReport(), overdue: false, ...overrides }
}
