import 'fake-indexeddb/auto'
import { afterAll, afterEach, beforeAll, describe } from 'vitest'
import { TrackerDatabase } from '~mocks/db/database'
import { dexieStore } from '~mocks/db/dexie-store'
import { clearStore, freshSchema, memoryPglite, migrated, testDatabaseUrl, type TestSchema } from '~server/testing/databases'
import { describeStoreConformance } from '~server/testing/store-conformance'
import type { Driver } from './driver'
import { postgresStore } from './postgres-store'

describe('Dexie over IndexedDB', () => {
  let db: TrackerDatabase | undefined
  let count = 0
  afterEach(async () => {
    db?.close()
    if (db) await db.delete()
  })
  describeStoreConformance('Dexie', async () => {
    db = new TrackerDatabase(`conformance-${++count}`)
    return dexieStore(db)
  })
})

describe('PostgreSQL on PGlite', () => {
  let driver: Driver
  beforeAll(async () => {
    driver = await migrated(await memoryPglite())
  })
  afterAll(() => driver.close())
  describeStoreConformance('PGlite', async () => {
    const store = postgresStore(driver)
    await clearStore(store)
    return store
  })
})

describe.runIf(testDatabaseUrl)('PostgreSQL server (TEST_DATABASE_URL)', () => {
  let schema: TestSchema
  let driver: Driver
  beforeAll(async () => {
    schema = await freshSchema(testDatabaseUrl ?? '')
    driver = await migrated(schema.connect())
  })
  afterAll(() => schema.drop())
  describeStoreConformance('PostgreSQL', async () => {
    const store = postgresStore(driver)
    await clearStore(store)
    return store
  })
})
