import type { Table } from 'dexie'
import type { IndexOf, Row, Store, TableAccess, TableName, Tx } from './store'
import { type TrackerDatabase } from './database'

/** The browser's store: Dexie over IndexedDB, every request one transaction over all tables. */
export function dexieStore(db: TrackerDatabase): Store {
  const tables = (): Table[] => db.allTables
  return {
    kind: 'browser',
    // The scope functions are async so that Dexie keeps the transaction across the native awaits inside `work`.
    read: (work) => db.transaction('r', tables(), async () => work(dexieTx(db))),
    // IndexedDB runs read-write transactions over the same tables one at a time: no write races.
    write: (work) => db.transaction('rw', tables(), async () => work(dexieTx(db))),
  }
}

function dexieTx(db: TrackerDatabase): Tx {
  const access = <T extends TableName>(name: T): TableAccess<T> => {
    const table = db.table(name) as Table<Row<T>, string>
    return {
      get: (key) => table.get(key),
      // Only Dexie's own promises are awaited inside its transactions (a native one would end it early).
      getMany: (keys) => table.bulkGet([...keys]),
      all: () => table.toArray(),
      where: (field: IndexOf<T>, value) =>
        typeof value === 'string' ? table.where(field).equals(value).toArray() : table.where(field).anyOf([...value]).toArray(),
      count: () => table.count(),
      add: async (row) => void (await table.add(row)),
      addMany: async (rows) => void (await table.bulkAdd([...rows])),
      put: async (row) => void (await table.put(row)),
      putMany: async (rows) => void (await table.bulkPut([...rows])),
      delete: async (keys) => (typeof keys === 'string' ? table.delete(keys) : table.bulkDelete([...keys])),
      clear: () => table.clear(),
    }
  }
  return {
    council: access('council'),
    people: access('people'),
    inspections: access('inspections'),
    boards: access('boards'),
    meetings: access('meetings'),
    plans: access('plans'),
    milestones: access('milestones'),
    milestoneUpdates: access('milestoneUpdates'),
    dateChanges: access('dateChanges'),
    measures: access('measures'),
    measureActuals: access('measureActuals'),
    reports: access('reports'),
    planImports: access('planImports'),
    personChanges: access('personChanges'),
    actions: access('actions'),
    packs: access('packs'),
    meta: access('meta'),
  }
}
