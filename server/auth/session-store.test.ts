import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Driver } from '../db/driver'
import { freshSchema, memoryPglite, migrated, testDatabaseUrl, type TestSchema } from '../testing/databases'
import { sqlSessionStore, type SessionStore } from './session-store'

const MINUTE = 60_000
const IDLE = 30 * MINUTE
const LIFETIME = 12 * 60 * MINUTE
const T0 = Date.UTC(2026, 11, 3, 9, 0, 0)

function sessionStoreSuite(name: string, open: () => Promise<{ driver: Driver; close: () => Promise<void> }>) {
  describe(`the session store on ${name}`, () => {
    let driver: Driver
    let close: () => Promise<void>
    let store: SessionStore

    beforeAll(async () => {
      ;({ driver, close } = await open())
      store = sqlSessionStore(driver)
    }, 60_000)
    afterAll(() => close())
    beforeEach(async () => {
      await driver.query('delete from sessions')
      await driver.query('delete from sign_ins')
    })

    const start = (id: string, personId: string | null = 'person-1', now = T0) =>
      store.create({ id, tokenHash: `hash-${id}`, personId, email: 'ada@council.gov.uk', name: 'Ada', userAgent: 'Firefox' }, now, LIFETIME)

    it('finds a live session by its token hash, and nothing for any other', async () => {
      await start('s1')
      expect(await store.find('hash-s1', T0 + MINUTE, IDLE)).toMatchObject({ id: 's1', personId: 'person-1', email: 'ada@council.gov.uk', createdAt: T0, expiresAt: T0 + LIFETIME })
      expect(await store.find('hash-s2', T0, IDLE)).toBeUndefined()
      expect(await store.find('s1', T0, IDLE)).toBeUndefined()
    })

    it('ends a session left idle for the idle timeout, but not one kept in use', async () => {
      await start('idle')
      await start('busy')
      for (let minute = 20; minute <= 100; minute += 20) expect(await store.find('hash-busy', T0 + minute * MINUTE, IDLE)).toBeDefined()
      expect(await store.find('hash-idle', T0 + 29 * MINUTE, IDLE)).toBeDefined()
      expect(await store.find('hash-idle', T0 + 29 * MINUTE + IDLE, IDLE)).toBeUndefined()
    })

    it('ends every session at its absolute end, however busy', async () => {
      await start('s1')
      for (let minute = 20; minute < 12 * 60; minute += 20) await store.find('hash-s1', T0 + minute * MINUTE, IDLE)
      expect(await store.find('hash-s1', T0 + LIFETIME - MINUTE, IDLE)).toBeDefined()
      expect(await store.find('hash-s1', T0 + LIFETIME, IDLE)).toBeUndefined()
    })

    it('ends one session, or all of a person’s but one, and lists the live ones', async () => {
      await start('a')
      await start('b', 'person-1', T0 + MINUTE)
      await start('c', 'person-1', T0 + 2 * MINUTE)
      await start('other', 'person-2')
      expect((await store.liveFor('person-1', T0 + 3 * MINUTE, IDLE)).map((each) => each.id)).toEqual(['c', 'b', 'a'])
      expect(await store.end('a', 'signed-out', T0 + 3 * MINUTE)).toBe(true)
      expect(await store.end('a', 'signed-out', T0 + 3 * MINUTE)).toBe(false)
      expect(await store.find('hash-a', T0 + 3 * MINUTE, IDLE)).toBeUndefined()
      expect(await store.endAllFor('person-1', 'ended-by-person', T0 + 4 * MINUTE, 'c')).toBe(1)
      expect((await store.liveFor('person-1', T0 + 4 * MINUTE, IDLE)).map((each) => each.id)).toEqual(['c'])
      expect(await store.find('hash-other', T0 + 4 * MINUTE, IDLE)).toBeDefined()
    })

    it('binds the first sign-in on an empty server to its person', async () => {
      await start('first', null)
      expect((await store.find('hash-first', T0, IDLE))?.personId).toBeNull()
      await store.bind('first', 'person-9')
      expect((await store.find('hash-first', T0, IDLE))?.personId).toBe('person-9')
    })

    it('gives a sign-in under way back once, and only while it is fresh', async () => {
      const flow = { state: 'st', nonce: 'no', codeVerifier: 'cv', returnTo: '/plans' }
      await store.startSignIn('flow-1', flow, T0, 10 * MINUTE)
      expect(await store.takeSignIn('flow-1', T0 + MINUTE, 10 * MINUTE)).toEqual(flow)
      expect(await store.takeSignIn('flow-1', T0 + MINUTE, 10 * MINUTE)).toBeUndefined()
      await store.startSignIn('flow-2', flow, T0, 10 * MINUTE)
      expect(await store.takeSignIn('flow-2', T0 + 11 * MINUTE, 10 * MINUTE)).toBeUndefined()
    })
  })
}

sessionStoreSuite('PGlite', async () => {
  const driver = await migrated(await memoryPglite())
  return { driver, close: () => driver.close() }
})

if (testDatabaseUrl) {
  const url = testDatabaseUrl
  sessionStoreSuite('PostgreSQL', async () => {
    const schema: TestSchema = await freshSchema(url)
    return { driver: await migrated(schema.connect()), close: () => schema.drop() }
  })
}
