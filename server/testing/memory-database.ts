import 'fake-indexeddb/auto'
import type { ChangeNotice } from '@/contract/changes'
import { TrackerDatabase } from '~mocks/db/database'
import { dexieStore } from '~mocks/db/dexie-store'
import type { Database } from '~server/db/database'

/** A test double of the server's database: the Dexie store over fake IndexedDB, notices fanned out in this process. */
export interface MemoryDatabase extends Database {
  /** Every notice sent, in order. */
  readonly notices: ChangeNotice[]
  /** Makes ping() fail (the database "goes away") or answer again. */
  reachable: boolean
  /** Resolves once close() has been called. */
  readonly closed: Promise<void>
  /** How many listeners are registered (one per server process is the design). */
  readonly listeners: number
}

export function memoryDatabase(): MemoryDatabase {
  const dexie = new TrackerDatabase(`server-test-${crypto.randomUUID()}`)
  const listeners = new Set<(notice: ChangeNotice) => void>()
  const notices: ChangeNotice[] = []
  const { promise: closed, resolve: markClosed } = Promise.withResolvers<void>()
  const db: MemoryDatabase = {
    store: dexieStore(dexie),
    description: 'memory (test)',
    get sessions(): never {
      throw new Error('The memory test double keeps no sessions: test sign-in over PGlite (openDatabase with memory://).')
    },
    notices,
    reachable: true,
    closed,
    get listeners() {
      return listeners.size
    },
    async notify(notice) {
      notices.push(notice)
      // Like NOTIFY, the notice arrives after the sender has moved on.
      queueMicrotask(() => listeners.forEach((listener) => listener(notice)))
    },
    async listen(listener) {
      listeners.add(listener)
      return async () => void listeners.delete(listener)
    },
    async ping() {
      if (!db.reachable) throw new Error('connection refused')
    },
    async close() {
      listeners.clear()
      dexie.close()
      markClosed()
    },
  }
  return db
}
