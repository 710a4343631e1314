import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { StoredPerson } from '@/contract/stored'
import type { Store } from '~mocks/db/store'
import { clearStore, freshSchema, memoryPglite, migrated, testDatabaseUrl } from '~server/testing/databases'
import { sqlState, type Driver, type SqlSession, type SqlValue } from './driver'
import { postgresStore } from './postgres-store'

class StaleVersion extends Error {}

const person = (id: string, version = 1, name = `Person ${id}`): StoredPerson => ({
  id,
  name,
  jobTitle: 'Head of service',
  role: 'director',
  email: null,
  isAdmin: false,
  active: true,
  version,
})

/** Two requests at once that both hold If-Match: 1 for one person and each write version 2. */
async function raceOnOneVersion(store: Store) {
  const attempts = { alice: 0, bob: 0 }
  const save = (who: 'alice' | 'bob') =>
    store.write(async (tx) => {
      attempts[who]++
      const current = await tx.people.get('p-1')
      // Give the other request every chance to read version 1 as well before this one writes.
      await new Promise((resolve) => setTimeout(resolve, 20))
      if (current?.version !== 1) throw new StaleVersion(`${who} holds a stale version`)
      await tx.people.put(person('p-1', 2, who))
      return who
    })
  const outcomes = await Promise.allSettled([save('alice'), save('bob')])
  return { outcomes, attempts, stored: await store.read((tx) => tx.people.get('p-1')) }
}

/** `writers` requests at once, each reading a counter and writing it plus one, and adding a row of its own. */
async function incrementAtOnce(store: Store, writers: number) {
  let attempts = 0
  const outcomes = await Promise.allSettled(
    Array.from({ length: writers }, (_, index) =>
      store.write(async (tx) => {
        attempts++
        const counter = (await tx.meta.get('counter'))?.value
        await tx.meta.put({ key: 'counter', value: (typeof counter === 'number' ? counter : 0) + 1 })
        await tx.people.add(person(`writer-${index}`))
      }),
    ),
  )
  const [counter, rows] = await store.read(async (tx) => [(await tx.meta.get('counter'))?.value, await tx.people.count()] as const)
  return { succeeded: outcomes.filter((outcome) => outcome.status === 'fulfilled').length, outcomes, attempts, counter, rows }
}

/** Where the store runs: PGlite always; a PostgreSQL server too when TEST_DATABASE_URL names one. */
const backends: Array<{ name: string; oneConnection: boolean; open: () => Promise<{ driver: Driver; close: () => Promise<void> }> }> = [
  {
    name: 'PGlite',
    oneConnection: true,
    open: async () => {
      const driver = await migrated(await memoryPglite())
      return { driver, close: () => driver.close() }
    },
  },
  ...(testDatabaseUrl
    ? [
        {
          name: 'a PostgreSQL server (TEST_DATABASE_URL)',
          oneConnection: false,
          open: async () => {
            const schema = await freshSchema(testDatabaseUrl ?? '')
            return { driver: await migrated(schema.connect()), close: () => schema.drop() }
          },
        },
      ]
    : []),
]

describe.each(backends)('the PostgreSQL store on $name', ({ oneConnection, open }) => {
  let driver: Driver
  let close: () => Promise<void>
  let store: Store
  beforeAll(async () => {
    ;({ driver, close } = await open())
    store = postgresStore(driver)
  })
  afterAll(() => close())
  beforeEach(() => clearStore(store))

  it('lets exactly one of two writes on one version win; the loser sees the winner', async () => {
    await store.write((tx) => tx.people.add(person('p-1')))

    // PGlite runs one transaction at a time; on PostgreSQL the write lock makes the second wait.
    const { outcomes, attempts, stored } = await raceOnOneVersion(store)

    const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled')
    const losers = outcomes.filter((outcome) => outcome.status === 'rejected')
    expect(winners).toHaveLength(1)
    expect(losers).toEqual([expect.objectContaining({ reason: expect.any(StaleVersion) })])
    expect(stored).toEqual(person('p-1', 2, winners[0]?.value))
    // The second read after the first had committed: it saw version 2 and refused, with no retry.
    expect(attempts.alice + attempts.bob).toBe(2)
  })

  it('loses no increment and counts none twice when 20 requests write at once', async () => {
    const { succeeded, attempts, counter, rows, outcomes } = await incrementAtOnce(store, 20)

    expect(counter).toBe(succeeded)
    expect(rows).toBe(succeeded)
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(sqlState(outcome.reason)).toMatch(/^(40001|40P01)$/)
    }
    // One after another: every write succeeds at its first attempt.
    expect(succeeded).toBe(20)
    expect(attempts).toBe(20)
  })

  it('never lets one transaction\'s rollback take another\'s write with it', async () => {
    const refusal = new Error('Refused')
    const slow = store.write(async (tx) => {
      await tx.people.add(person('rolled-back'))
      await new Promise((resolve) => setTimeout(resolve, 50))
      throw refusal
    })
    const quick = store.write((tx) => tx.people.add(person('kept')))

    await expect(slow).rejects.toBe(refusal)
    await quick
    expect(await store.read((tx) => tx.people.all())).toEqual([person('kept')])
  })

  it('fails the whole write when a statement fails, even if the work catches it, with that statement\'s error', async () => {
    await store.write((tx) => tx.people.add(person('p-1')))

    const attempt = store.write(async (tx) => {
      await tx.people.add(person('p-1')).catch(() => undefined)
      await tx.people.put(person('p-2'))
    })

    await expect(attempt).rejects.toSatisfy((error) => sqlState(error) === '23505')
    expect(await store.read((tx) => tx.people.get('p-2'))).toBeUndefined()
  })

  it('fails the write with that statement\'s error when the work catches it and goes on to resolve', async () => {
    await store.write((tx) => tx.people.add(person('p-1')))

    const attempt = store.write(async (tx) => {
      await tx.people.add(person('p-1')).catch(() => undefined)
      return 'done'
    })

    await expect(attempt).rejects.toSatisfy((error) => sqlState(error) === '23505')
  })

  it('leaves out keys whose value is undefined, as JSON does', async () => {
    await store.write((tx) => tx.meta.put({ key: 'k', value: { kept: 1, dropped: undefined, list: [undefined] } }))

    // A list keeps its place for an undefined item, as JSON.stringify writes it: null.
    expect(await store.read((tx) => tx.meta.get('k'))).toStrictEqual({ key: 'k', value: { kept: 1, list: [null] } })
  })

  it('refuses a write inside a read', async () => {
    await expect(store.read((tx) => tx.people.add(person('p-1')))).rejects.toSatisfy((error) => sqlState(error) === '25006')
  })

  it('looks rows up through their expression indexes', async () => {
    const statements: string[] = []
    const recording = postgresStore(recordStatements(driver, statements))
    await recording.read(async (tx) => {
      await tx.milestones.where('planId', 'plan-1')
      await tx.reports.where('status', ['requested', 'submitted'])
    })

    const plans = await driver.transaction('read', async (session) => {
      await session.query('set local enable_seqscan = off')
      const explain = async (text: string, value: SqlValue) =>
        (await session.query<{ 'QUERY PLAN': string }>(`explain ${text}`, [value])).map((line) => line['QUERY PLAN']).join('\n')
      return [await explain(statements[0] ?? '', 'plan-1'), await explain(statements[1] ?? '', ['requested'])]
    })

    expect(plans[0]).toContain('milestones_plan_id_idx')
    expect(plans[1]).toContain('reports_status_idx')
  })

  it('refuses a lookup by a field that has no index', async () => {
    await expect(store.read((tx) => tx.people.where('name' as never, 'x'))).rejects.toThrow('people has no index on name')
  })
})

describe('retrying a write that lost a race', () => {
  const failing = (code: string | undefined) => {
    let calls = 0
    const error = Object.assign(new Error(`SQLSTATE ${code}`), { code })
    const driver: Driver = {
      transaction: async () => {
        calls++
        throw error
      },
      query: () => Promise.resolve([]),
      listen: () => Promise.resolve(() => Promise.resolve()),
      close: () => Promise.resolve(),
    }
    return { store: postgresStore(driver), error, calls: () => calls }
  }

  it.each(['40001', '40P01'])('runs the work again on %s, up to 8 times, then answers the error', async (code) => {
    const { store, error, calls } = failing(code)
    await expect(store.write(() => Promise.resolve())).rejects.toBe(error)
    expect(calls()).toBe(8)
  })

  it.each(['23505', undefined])('does not run it again on any other error (%s)', async (code) => {
    const { store, error, calls } = failing(code)
    await expect(store.write(() => Promise.resolve())).rejects.toBe(error)
    expect(calls()).toBe(1)
  })
})

/** The driver, noting the text of each statement the store's transactions run. */
function recordStatements(driver: Driver, statements: string[]): Driver {
  const recorded = (session: SqlSession): SqlSession => ({
    query: (text, params) => {
      statements.push(text)
      return session.query(text, params)
    },
    exec: (script) => session.exec(script),
  })
  return { ...driver, transaction: (mode, work) => driver.transaction(mode, (session) => work(recorded(session))) }
}
