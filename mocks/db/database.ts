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
import { migrations } from './migrations'

export interface MetaEntry {
  key: string
  value: unknown
}

export const DATABASE_NAME = 'improvement-tracker'

/** The one database of the mocked API; its versions and upgrades are in migrations.ts. */
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
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores)
      if (migration.upgrade) version.upgrade(migration.upgrade)
    }
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
