import type { Driver, SqlSession } from './driver'

/** One schema change: migrations/NNNN_name.sql. A shipped file is never edited; a change is a new file. */
export interface Migration {
  version: number
  name: string
  sql: string
}

/**
 * Every file in migrations/, as text: Vite (vitest, and the server's build) reads them at build
 * time, so adding a migration is adding its file.
 */
const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true })

/** The schema's migrations, oldest first. */
export const migrations: readonly Migration[] = parseMigrations(files)

/** Reads migrations from `{ path: sql }`: named NNNN_name.sql, numbered 1, 2, 3… with no gap. */
export function parseMigrations(byPath: Record<string, string>): Migration[] {
  const list = Object.entries(byPath).map(([path, sql]) => {
    const match = /(?:^|\/)(\d{4})_([a-z0-9_]+)\.sql$/.exec(path)
    if (!match) throw new Error(`The migration ${path} is not named NNNN_name.sql.`)
    return { version: Number(match[1]), name: match[2] ?? '', sql }
  })
  list.sort((a, b) => a.version - b.version)
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migration ${index + 1} is missing or named twice (found ${migration.version}_${migration.name}).`)
  })
  return list
}

/** One lock for every server process on the database: one migrates while the others wait. */
const takeLock = (session: SqlSession) => session.query(`select pg_advisory_xact_lock(hashtext('improvement_tracker:migrations'))`)

/**
 * Brings the database's schema up to date: applies, in order, each migration it has not had,
 * each in one transaction with its record in schema_migrations. Two processes starting at once
 * take turns on an advisory lock, and the second finds the work done. Answers the versions applied.
 */
export async function migrate(driver: Driver, list: readonly Migration[] = migrations): Promise<number[]> {
  const known = await driver.transaction('schema', async (session) => {
    await takeLock(session)
    await session.exec('create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null)')
    return (await session.query<{ version: number }>('select version from schema_migrations order by version')).map((row) => row.version)
  })
  const newest = list.at(-1)?.version ?? 0
  const unknown = known.filter((version) => version > newest)
  if (unknown.length > 0) throw new Error(`The database has schema version ${unknown.join(', ')}, newer than this server knows (${newest}): run a newer release.`)

  const applied: number[] = []
  for (const migration of list) {
    if (known.includes(migration.version)) continue
    const done = await driver.transaction('schema', async (session) => {
      await takeLock(session)
      // Another process may have applied it while this one waited for the lock.
      if ((await session.query('select 1 from schema_migrations where version = $1::int', [migration.version])).length > 0) return false
      await session.exec(migration.sql)
      await session.query('insert into schema_migrations (version, name, applied_at) values ($1::int, $2, now())', [migration.version, migration.name])
      return true
    })
    if (done) applied.push(migration.version)
  }
  return applied
}
