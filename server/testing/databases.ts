import { randomUUID } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import postgres from 'postgres'
import { tableIndexes, type Store, type TableName } from '~mocks/db/store'
import type { Driver } from '~server/db/driver'
import { migrate } from '~server/db/migrate'
import { pgliteDriver } from '~server/db/pglite-driver'
import { postgresDriver } from '~server/db/postgres-driver'

/** A real PostgreSQL server's URL for the tests that need one (`TEST_DATABASE_URL`); without it they are skipped. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL

/** A PGlite database in memory. Creating one takes seconds (initdb): make one per test file. */
export async function memoryPglite(): Promise<Driver> {
  return pgliteDriver(await PGlite.create('memory://'))
}

/** A PostgreSQL schema of its own on the test server, dropped by `drop()`, so test files never meet. */
export interface TestSchema {
  /** `connect()` opens another pool on the same schema: another "server process". */
  connect(): Driver
  drop(): Promise<void>
}

/** A new, empty schema on the server at `url`; every pool from `connect()` works in it alone. */
export async function freshSchema(url: string): Promise<TestSchema> {
  const schema = `test_${randomUUID().replaceAll('-', '')}`
  const admin = postgres(url, { onnotice: false, max: 1 })
  await admin.unsafe(`create schema ${schema}`)
  const drivers: Driver[] = []
  return {
    connect: () => {
      const driver = postgresDriver(postgres(url, { onnotice: false, connection: { search_path: schema } }))
      drivers.push(driver)
      return driver
    },
    drop: async () => {
      await Promise.all(drivers.map((driver) => driver.close()))
      await admin.unsafe(`drop schema ${schema} cascade`)
      await admin.end()
    },
  }
}

/** The driver, once its database has every migration. */
export async function migrated(driver: Driver): Promise<Driver> {
  await migrate(driver)
  return driver
}

/** Empties every table: what each test of a file sharing one database starts from. */
export function clearStore(store: Store): Promise<void> {
  return store.write(async (tx) => {
    for (const table of Object.keys(tableIndexes) as TableName[]) await tx[table].clear()
  })
}
