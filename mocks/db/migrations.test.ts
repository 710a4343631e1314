// @vitest-environment node
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { DATA_SCHEMA_VERSION } from '@/contract/backup'
import { datasetSchema, datasetTables, type Dataset } from '@/contract/stored'
import { TrackerDatabase } from './database'
import v1Data from './fixtures/schema-v1-data.json'
import { LATEST_SCHEMA_VERSION, migrations } from './migrations'
import { upgradeData, type LooseDataset } from '@/domain/data-upgrades'

/** The stores exactly as release 1 declared them: a frozen copy, never edited. */
const schemaV1Stores = {
  people: 'id',
  inspections: 'id',
  boards: 'id',
  meetings: 'id, boardId, date',
  plans: 'id, boardId',
  milestones: 'id, planId, ownerId, dueDate',
  milestoneUpdates: 'id, milestoneId, at',
  reports: 'id, requestedByBoardId, dueMeetingId, authorId, status',
  meta: 'key',
}

describe('schema versions', () => {
  it('are numbered 1, 2, 3… and backups carry the latest', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_m, index) => index + 1))
    expect(DATA_SCHEMA_VERSION).toBe(LATEST_SCHEMA_VERSION)
    expect(migrations[0]?.stores).toEqual(schemaV1Stores)
  })

  it('open data written by release 1 (schema version 1) with everything intact', async () => {
    const fixture = v1Data as unknown as Dataset
    const name = `v1-fixture-${crypto.randomUUID()}`
    const old = new Dexie(name)
    old.version(1).stores(schemaV1Stores)
    await old.open()
    await old.transaction('rw', old.tables, async () => {
      for (const table of Object.keys(schemaV1Stores).filter((name) => name !== 'meta')) await old.table(table).bulkAdd(fixture[table as keyof Dataset] as unknown[])
      await old.table('meta').put({ key: 'seededAt', value: '2026-11-23T09:00:00.000Z' })
    })
    old.close()

    const current = new TrackerDatabase(name)
    await current.open()
    expect(current.verno).toBe(LATEST_SCHEMA_VERSION)
    const read = await current.transaction('r', current.dataTables, () => readDatasetFrom(current))
    // The store is upgraded by the same steps a restored backup of version 1 gets (app/domain/data-upgrades.ts).
    const upgraded = datasetSchema.parse(upgradeData(1, v1Data as unknown as LooseDataset))
    expect(upgraded.people.filter((person) => person.isAdmin).map((person) => person.role)).toEqual(['chair', 'chair', 'chair'])
    for (const table of datasetTables) {
      expect(sortById<{ id: string }>(read[table]), table).toEqual(sortById<{ id: string }>(upgraded[table]))
    }
    current.close()
    await Dexie.delete(name)
  })
})

function sortById<T extends { id: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => a.id.localeCompare(b.id))
}

async function readDatasetFrom(database: TrackerDatabase): Promise<Dataset> {
  const entries = await Promise.all(datasetTables.map(async (table) => [table, await database.table(table).toArray()] as const))
  return Object.fromEntries(entries) as unknown as Dataset
}

