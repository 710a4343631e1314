import { datasetTables, type Dataset } from '@/contract/stored'
import { db } from './database'

const SEEDED_KEY = 'seededAt'

/** Replaces every table's contents with `dataset`; call inside a read-write transaction of all tables. */
export async function writeDataset(dataset: Dataset): Promise<void> {
  await Promise.all(db.dataTables.map((table) => table.clear()))
  for (const name of datasetTables) await db.table(name).bulkAdd(dataset[name])
}

export async function readDataset(): Promise<Dataset> {
  const lists = await Promise.all(datasetTables.map(async (name) => [name, await db.dataTable(name).toArray()] as const))
  return Object.fromEntries(lists) as Dataset
}

/** The demo data, built on demand: its code loads only on first run or a reset. */
export async function demoData(today: Date = new Date()): Promise<Dataset> {
  const { buildDemoData } = await import('./demo-data')
  return buildDemoData(today)
}

/** Notes when the council was set up (first run, restore or reset); call inside a transaction that includes meta. */
export async function markSetUp(): Promise<void> {
  await db.meta.put({ key: SEEDED_KEY, value: new Date().toISOString() })
}

/** Call inside a read-write transaction of every table, with the data built beforehand. */
export async function replaceWithDemo(data: Dataset): Promise<void> {
  await writeDataset(data)
  await markSetUp()
}
