// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DATA_SCHEMA_VERSION } from '@/contract/backup'
import { datasetTables } from '@/contract/stored'
import { db } from './database'
import { LATEST_SCHEMA_VERSION, migrations } from './migrations'

describe('schema versions', () => {
  it('are numbered 1, 2, 3… and backups carry the latest', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_m, index) => index + 1))
    expect(DATA_SCHEMA_VERSION).toBe(LATEST_SCHEMA_VERSION)
  })

  it('give every table of the data set a store', async () => {
    await db.open()
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION)
    for (const table of datasetTables) expect(db.tables.map((t) => t.name)).toContain(table)
  })
})
