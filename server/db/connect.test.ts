import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeNotice } from '@/contract/changes'
import { testDatabaseUrl } from '~server/testing/databases'
import { CHANGES_CHANNEL, describePostgres, openDatabase } from './connect'
import type { Database } from './database'

const notice = (path: string): ChangeNotice => ({ type: 'changed', tab: 'server-1', method: 'PATCH', path })

/** The notices `database` hears, and a way to wait for the next few. */
async function hear(database: Database) {
  const heard: ChangeNotice[] = []
  const waiting: Array<() => void> = []
  const stop = await database.listen((each) => {
    heard.push(each)
    waiting.splice(0).forEach((wake) => wake())
  })
  const atLeast = async (count: number) => {
    const deadline = Date.now() + 5_000
    while (heard.length < count && Date.now() < deadline) await new Promise<void>((resolve) => (waiting.push(resolve), setTimeout(resolve, 100)))
    return heard
  }
  return { heard, atLeast, stop }
}

describe('describing a PostgreSQL server', () => {
  it('names the host, port and database, and never the user or password', () => {
    const description = describePostgres('postgres://tracker:s3cret@db.example.org:6543/improvement')
    expect(description).toBe('PostgreSQL at db.example.org:6543/improvement')
    expect(describePostgres('postgresql://tracker:s3cret@localhost/tracker')).toBe('PostgreSQL at localhost:5432/tracker')
  })
})

describe('opening PGlite in memory', () => {
  let database: Database
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' })
  })
  afterAll(() => database.close())

  it('says what it is, answers a ping, and has the migrated store', async () => {
    expect(database.description).toBe('PGlite in memory')
    await expect(database.ping()).resolves.toBeUndefined()
    expect(database.store.kind).toBe('postgresql')
    expect(await database.store.read((tx) => tx.milestones.count())).toBe(0)
  })

  it('tells every listener of each notice, until it stops listening', async () => {
    const first = await hear(database)
    const second = await hear(database)

    await database.notify(notice('/api/milestones/m-1'))
    expect(await first.atLeast(1)).toEqual([notice('/api/milestones/m-1')])
    expect(await second.atLeast(1)).toEqual([notice('/api/milestones/m-1')])

    await first.stop()
    await database.notify(notice('/api/milestones/m-2'))
    expect(await second.atLeast(2)).toHaveLength(2)
    expect(first.heard).toHaveLength(1)
    await second.stop()
  })
})

describe('opening PGlite in a directory', () => {
  let parent: string
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'tracker-pglite-'))
  })
  afterAll(() => rm(parent, { recursive: true, force: true }))

  it('makes the directory, and finds its data there when opened again', async () => {
    const dataDir = join(parent, 'not', 'there', 'yet')
    const first = await openDatabase({ dataDir })
    expect(first.description).toBe(`PGlite in ${dataDir}`)
    await first.store.write((tx) => tx.meta.put({ key: 'kept', value: '2026-12-03' }))
    await first.close()
    await expect(first.ping()).rejects.toThrow()

    expect((await stat(dataDir)).isDirectory()).toBe(true)
    const again = await openDatabase({ dataDir })
    expect(await again.store.read((tx) => tx.meta.get('kept'))).toEqual({ key: 'kept', value: '2026-12-03' })
    await again.close()
  })
})

describe.runIf(testDatabaseUrl)('opening a PostgreSQL server (TEST_DATABASE_URL)', () => {
  const url = testDatabaseUrl ?? ''
  let one: Database
  let other: Database
  beforeAll(async () => {
    ;[one, other] = await Promise.all([openDatabase({ url }), openDatabase({ url })])
  })
  afterAll(async () => {
    await Promise.all([one.close(), other.close()])
  })

  it('says which server (as describePostgres, without the password) and answers a ping', async () => {
    expect(one.description).toBe(describePostgres(url))
    await expect(one.ping()).resolves.toBeUndefined()
  })

  it("tells each server process of the other's notices, and of its own", async () => {
    const atOne = await hear(one)
    const atOther = await hear(other)

    await one.notify(notice('/api/reports/r-1'))

    expect(await atOther.atLeast(1)).toEqual([notice('/api/reports/r-1')])
    expect(await atOne.atLeast(1)).toEqual([notice('/api/reports/r-1')])
    await Promise.all([atOne.stop(), atOther.stop()])
  })

  it('ignores anything else sent on the channel', async () => {
    const atOne = await hear(one)
    const sql = postgres(url, { onnotice: false, max: 1 })
    await sql.notify(CHANGES_CHANNEL, 'not json')
    await sql.notify(CHANGES_CHANNEL, JSON.stringify({ type: 'something else' }))
    await sql.end()
    await one.notify(notice('/api/boards/b-1'))

    expect(await atOne.atLeast(1)).toEqual([notice('/api/boards/b-1')])
    await atOne.stop()
  })
})
