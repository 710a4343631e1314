import type postgres from 'postgres'
import type { ISql, Sql } from 'postgres'
import { beginClauses, type Driver, type SqlSession, type SqlValue } from './driver'

/**
 * The driver over a real PostgreSQL server through `postgres`' pool: each transaction has a
 * connection of its own, so transactions run side by side and PostgreSQL settles their races.
 * LISTEN holds one more connection, which `postgres` reconnects (and listens again) by itself.
 */
export function postgresDriver(sql: Sql): Driver {
  return {
    transaction: async (mode, work) => {
      // postgres rethrows, at COMMIT, a statement's error that `work` caught: as PGlite's driver does.
      const result = await sql.begin(beginClauses[mode], (tx) => work(session(tx)))
      return result as Awaited<ReturnType<typeof work>>
    },
    query: (text, params) => session(sql).query(text, params),
    listen: async (channel, onPayload) => {
      const { unlisten } = await sql.listen(channel, onPayload)
      return unlisten
    },
    close: () => sql.end(),
  }
}

function session(sql: ISql): SqlSession {
  return {
    query: async <R extends object>(text: string, params: readonly SqlValue[] = []) =>
      // Named prepared statements: the store's statements are a small fixed set per table.
      (await sql.unsafe(text, params.map(parameter), { prepare: true })) as unknown as R[],
    exec: async (script) => void (await sql.unsafe(script)),
  }
}

function parameter(value: SqlValue): postgres.ParameterOrJSON<never> {
  return Array.isArray(value) ? [...value] : (value as string | number | null)
}
