/**
 * What the PostgreSQL store, the migrations and the change feed need of a database connection,
 * met by PGlite (pglite-driver.ts) and by a real PostgreSQL server (postgres-driver.ts) alike.
 * Values go in as text, numbers or lists of text and come back as the driver parses them: the
 * store reads JSON as text and parses it itself, so both drivers answer exactly the same rows.
 */

/** A statement's parameter. */
export type SqlValue = string | number | null | readonly string[]

/** The statements of one transaction, run in order on its one connection. */
export interface SqlSession {
  /** Runs one statement with `$1`, `$2`… parameters; answers its rows. */
  query<R extends object>(text: string, params?: readonly SqlValue[]): Promise<R[]>
  /** Runs a script of several statements with no parameters (a migration). */
  exec(script: string): Promise<void>
}

/**
 * How a transaction runs: `read` sees one snapshot and may not write; `write` and `schema` are
 * READ COMMITTED and begin by taking an advisory lock (postgres-store.ts, migrate.ts), so each
 * statement after it sees everything committed before the lock was granted, and nothing else can
 * commit a write until this one ends: two writes can never both succeed on one version.
 */
export type TransactionMode = 'read' | 'write' | 'schema'

/** The BEGIN clause of each mode (space-separated: postgres keeps only letters and spaces). */
export const beginClauses: Record<TransactionMode, string> = {
  read: 'isolation level repeatable read read only',
  write: 'isolation level read committed',
  schema: 'isolation level read committed',
}

/** One database, PGlite or PostgreSQL, as the server uses it. */
export interface Driver {
  /** Runs `work` in one transaction: commits when it resolves, rolls back and rethrows when it throws. */
  transaction<R>(mode: TransactionMode, work: (session: SqlSession) => Promise<R>): Promise<R>
  /** Runs one statement in a transaction of its own. */
  query<R extends object>(text: string, params?: readonly SqlValue[]): Promise<R[]>
  /** Calls `onPayload` with each notification on `channel`; answers a function that stops it. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>
  /** Waits for the work under way, then closes every connection. */
  close(): Promise<void>
}

/** The SQLSTATE of a database error (both drivers put it in `code`), if it is one. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}
