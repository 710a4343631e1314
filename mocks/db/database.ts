import { Dexie, type Table } from 'dexie'
import type {
  StoredBoard,
  StoredInspection,
  StoredMeeting,
  StoredMilestone,
  StoredMilestoneUpdate,
  StoredPerson,
  StoredPlan,
  StoredReport,
} from '@/contract/stored'

export interface MetaEntry {
  key: string
  value: unknown
}

export const DATABASE_NAME = 'improvement-tracker'

/**
 * The one database of the mocked API. A schema change is a new version with an upgrade;
 * a shipped version is never edited.
 */
export class TrackerDatabase extends Dexie {
  people!: Table<StoredPerson, string>
  inspections!: Table<StoredInspection, string>
  boards!: Table<StoredBoard, string>
  meetings!: Table<StoredMeeting, string>
  plans!: Table<StoredPlan, string>
  milestones!: Table<StoredMilestone, string>
  milestoneUpdates!: Table<StoredMilestoneUpdate, string>
  reports!: Table<StoredReport, string>
  meta!: Table<MetaEntry, string>

  constructor(name: string = DATABASE_NAME) {
    super(name)
    this.version(1).stores({
      people: 'id',
      inspections: 'id',
      boards: 'id',
      meetings: 'id, boardId, date',
      plans: 'id, boardId',
      milestones: 'id, planId, ownerId, dueDate',
      milestoneUpdates: 'id, milestoneId, at',
      reports: 'id, requestedByBoardId, dueMeetingId, authorId, status',
      meta: 'key',
    })
  }

  get dataTables() {
    return [
      this.people,
      this.inspections,
      this.boards,
      this.meetings,
      this.plans,
      this.milestones,
      this.milestoneUpdates,
      this.reports,
    ]
  }

  get allTables() {
    return [...this.dataTables, this.meta]
  }
}

export const db = new TrackerDatabase()
