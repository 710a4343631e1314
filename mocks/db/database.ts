import { Dexie, type Table } from 'dexie'
import { datasetTables, type Dataset, type DatasetTable } from '@/contract/stored'
import type {
  StoredBoard,
  StoredCouncil,
  StoredDateChange,
  StoredMeasure,
  StoredMeasureActual,
  StoredPlanImport,
  StoredInspection,
  StoredMeeting,
  StoredMilestone,
  StoredMilestoneUpdate,
  StoredPerson,
  StoredPersonChange,
  StoredAction,
  StoredPlan,
  StoredReport,
} from '@/contract/stored'
import type { StoredPack } from '@/contract/pack'
import { DATABASE_NAME } from './database-name'
import { migrations } from './migrations'
import type { MetaEntry } from './store'

export type { MetaEntry } from './store'
export { DATABASE_NAME }

/** The one database of the mocked API; its versions and upgrades are in migrations.ts. */
export class TrackerDatabase extends Dexie {
  council!: Table<StoredCouncil, string>
  people!: Table<StoredPerson, string>
  inspections!: Table<StoredInspection, string>
  boards!: Table<StoredBoard, string>
  meetings!: Table<StoredMeeting, string>
  plans!: Table<StoredPlan, string>
  milestones!: Table<StoredMilestone, string>
  milestoneUpdates!: Table<StoredMilestoneUpdate, string>
  dateChanges!: Table<StoredDateChange, string>
  measures!: Table<StoredMeasure, string>
  measureActuals!: Table<StoredMeasureActual, string>
  reports!: Table<StoredReport, string>
  planImports!: Table<StoredPlanImport, string>
  personChanges!: Table<StoredPersonChange, string>
  actions!: Table<StoredAction, string>
  packs!: Table<StoredPack, string>
  meta!: Table<MetaEntry, string>

  constructor(name: string = DATABASE_NAME) {
    super(name)
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores)
      if (migration.upgrade) version.upgrade(migration.upgrade)
    }
  }

  /** The table holding each table of a dataset (a backup), by the dataset's name for it. */
  dataTable<Name extends DatasetTable>(name: Name): Table<Dataset[Name][number], string> {
    return this.table(name)
  }

  get dataTables(): Table[] {
    return datasetTables.map((name) => this.table(name))
  }

  get allTables() {
    return [...this.dataTables, this.meta]
  }
}

export const db = new TrackerDatabase()
