import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { db } from '~mocks/db/database'
import { dexieStore } from '~mocks/db/dexie-store'
import { chooseStore } from '~mocks/db/store'
import { server } from '~mocks/node'

// findBy* and waitFor wait this long: the default 1 s is too short on a busy 2-core machine.
configure({ asyncUtilTimeout: 10_000 })

chooseStore(dexieStore(db))

// 'error': a request no handler answers fails inside the process; none reaches a socket.
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
})
afterAll(() => server.close())

/** Each test starts from an empty database: clearing its tables is far cheaper than deleting and reopening it. */
beforeEach(async () => {
  await db.transaction('rw', db.allTables, () => Promise.all(db.allTables.map((table) => table.clear())))
  if (typeof localStorage !== 'undefined') localStorage.clear()
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear()
})
