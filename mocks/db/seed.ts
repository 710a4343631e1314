import { datasetTables, type Dataset } from '@/contract/stored'
import type { Tx } from './store'

const SEEDED_KEY = 'seededAt'

/** Replaces every table's contents with `dataset`; call inside a read-write transaction of all tables. */
export async function writeDataset(tx: Tx, dataset: Dataset): Promise<void> {
  for (const name of datasetTables) await tx[name].clear()
  for (const name of datasetTables) await (tx[name] as Tx['council']).addMany(dataset[name] as Dataset['council'])
}

export async function readDataset(tx: Tx): Promise<Dataset> {
  const dataset: Partial<Record<keyof Dataset, unknown[]>> = {}
  for (const name of datasetTables) dataset[name] = await tx[name].all()
  return dataset as Dataset
}

/** The demo data, built on demand: its code loads only on first run or a reset. */
export async function demoData(today: Date = new Date()): Promise<Dataset> {
  const { buildDemoData } = await import('./demo-data')
  return buildDemoData(today)
}

/** Notes when the council was set up (first run, restore or reset); call inside a transaction that includes meta. */
export async function markSetUp(tx: Tx): Promise<void> {
  await tx.meta.put({ key: SEEDED_KEY, value: new Date().toISOString() })
}

/** Call inside a read-write transaction of every table, with the data built beforehand. */
export async function replaceWithDemo(tx: Tx, data: Dataset): Promise<void> {
  await writeDataset(tx, data)
  await markSetUp(tx)
}
