import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { datasetTables } from '@/contract/stored'
import { chooseStore, write } from '~mocks/db/store'
import { server } from '~mocks/node'
import { openDatabase } from '../db/connect'
import type { Database } from '../db/database'

/**
 * The API contract tests of mocks/handlers/, run a second time with the PostgreSQL store (PGlite
 * in memory, created once per run of this project): the same requests, the same answers.
 */
let database: Database | undefined

beforeAll(async () => {
  database ??= await openDatabase({ dataDir: 'memory://' })
  chooseStore(database.store)
  server.listen({ onUnhandledFrame: 'error' })
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** Each test starts from an empty database. */
beforeEach(async () => {
  await write(async (tx) => {
    for (const name of [...datasetTables, 'meta'] as const) await tx[name].clear()
  })
})
