import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import postgres from 'postgres'
import type { ChangeNotice } from '@/contract/changes'
import type { Database, DatabaseOptions } from './database'
import type { Driver } from './driver'
import { migrate } from './migrate'
import { pgliteDriver } from './pglite-driver'
import { postgresDriver } from './postgres-driver'
import { postgresStore } from './postgres-store'
import { sqlSessionStore } from '../auth/session-store'

/** The channel every server process on one database announces accepted writes on. */
export const CHANGES_CHANNEL = 'improvement_tracker_changes'

const IN_MEMORY = 'memory://'

/**
 * Opens the server's database and brings its schema up to date: a PostgreSQL server when
 * `options.url` is given, else PGlite with its data in `options.dataDir` (./data by default,
 * made if missing).
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const { driver, description } = options.url ? openPostgres(options.url) : await openPglite(options.dataDir ?? './data')
  try {
    await migrate(driver)
  } catch (error) {
    await driver.close()
    throw error
  }
  return database(driver, description)
}

function openPostgres(url: string): { driver: Driver; description: string } {
  // Notices such as "relation already exists, skipping" are not news.
  const sql = postgres(url, { onnotice: false })
  return { driver: postgresDriver(sql), description: describePostgres(url) }
}

async function openPglite(dataDir: string): Promise<{ driver: Driver; description: string }> {
  if (dataDir === IN_MEMORY) return { driver: pgliteDriver(await PGlite.create(IN_MEMORY)), description: 'PGlite in memory' }
  const path = resolve(dataDir)
  await mkdir(path, { recursive: true })
  return { driver: pgliteDriver(await PGlite.create(path)), description: `PGlite in ${dataDir}` }
}

/** "PostgreSQL at host:port/database", leaving out the user and password. */
export function describePostgres(url: string): string {
  const parsed = new URL(url)
  const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost'
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || 'postgres'
  return `PostgreSQL at ${host}:${parsed.port || '5432'}/${database}`
}

function database(driver: Driver, description: string): Database {
  const listening = new Set<() => Promise<void>>()
  return {
    store: postgresStore(driver),
    sessions: sqlSessionStore(driver),
    description,
    notify: async (notice) => void (await driver.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(notice)])),
    listen: async (listener) => {
      const unlisten = await driver.listen(CHANGES_CHANNEL, (payload) => {
        const notice = parseNotice(payload)
        if (notice) listener(notice)
      })
      const stop = async () => {
        if (listening.delete(stop)) await unlisten()
      }
      listening.add(stop)
      return stop
    },
    ping: async () => void (await driver.query('select 1')),
    close: async () => {
      await Promise.all([...listening].map((stop) => stop()))
      await driver.close()
    },
  }
}

/** A notice from the channel, or undefined for anything else sent there. */
function parseNotice(payload: string): ChangeNotice | undefined {
  try {
    const value: unknown = JSON.parse(payload)
    if (typeof value !== 'object' || value === null) return undefined
    const { type, tab, method, path } = value as Record<string, unknown>
    return type === 'changed' && typeof tab === 'string' && typeof method === 'string' && typeof path === 'string' ? { type, tab, method, path } : undefined
  } catch {
    return undefined
  }
}
