import type { ChangeNotice } from '@/contract/changes'
import type { Store } from '~mocks/db/store'
import type { SessionStore } from '../auth/session-store'

/**
 * The shared server's database: the store the API core answers from, and the fan-out of change
 * notices between server processes (PostgreSQL LISTEN/NOTIFY on one channel). Opened by
 * openDatabase() in connect.ts: PGlite in a directory by default, or a PostgreSQL server
 * named by DATABASE_URL.
 */
export interface Database {
  readonly store: Store
  /** Who is signed in (server/auth/): sessions and sign-ins under way, in tables of their own, never in a backup. */
  readonly sessions: SessionStore
  /** Which database, for the logs and /api/health: "PGlite in ./data" or "PostgreSQL at host:port/db" (no password). */
  readonly description: string
  /** Tells every server process on this database (this one included) that a write was accepted. */
  notify(notice: ChangeNotice): Promise<void>
  /** Calls `listener` for every notice from any process; answers a function that stops listening. */
  listen(listener: (notice: ChangeNotice) => void): Promise<() => Promise<void>>
  /** Answers once the database answers a trivial query (for /api/health). */
  ping(): Promise<void>
  /** Stops listening and closes every connection; waits for transactions under way. */
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** postgres://… : a PostgreSQL server. Without it, PGlite keeps the data in `dataDir`. */
  url?: string
  /** PGlite's data directory (default ./data); 'memory://' keeps it in memory (tests). */
  dataDir?: string
}
