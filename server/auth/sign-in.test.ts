import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { apiPaths, authPaths } from '@/contract/paths'
import { problemSchema } from '@/contract/problem'
import { sessionInfoSchema, sessionSummarySchema } from '@/contract/sessions'
import { chooseStore } from '~mocks/db/store'
import { demoData, markSetUp, writeDataset } from '~mocks/db/seed'
import { handlers } from '~mocks/handlers/index'
import { answerWith } from '~mocks/handlers/answer-with'
import { createServerApp, CROSS_SITE_DETAIL, type ServerApp } from '../app'
import { openDatabase } from '../db/connect'
import type { Database } from '../db/database'
import { clearStore } from '../testing/databases'
import { collectingLogger, tempDist } from '../testing/fixtures'
import type { Provider, SignInSettings } from './oidc'
import { ACTING_AS_REFUSED_DETAIL, createSignIn, safeReturn, SET_UP_FIRST_DETAIL } from './sign-in'

/**
 * The sign-in rules over the real API core and PGlite, with a stand-in identity provider: its
 * "code" is the email to sign in as, and it refuses a callback whose state is not the one it was
 * sent, as openid-client does. (server/security.test.ts signs in through a real OpenID provider.)
 */
const ORIGIN = 'http://tracker.test'
const MINUTE = 60_000

const fakeProvider: Provider = {
  async authorizationUrl({ state, nonce, codeVerifier }) {
    expect(codeVerifier.length).toBeGreaterThanOrEqual(43)
    return new URL(`https://idp.test/authorize?state=${state}&nonce=${nonce}`)
  },
  async redeem(url, { state, nonce }) {
    if (url.searchParams.get('state') !== state) throw new Error('unexpected "state" response parameter value')
    const code = url.searchParams.get('code') ?? ''
    const [email, verified = 'true'] = code.split('|')
    return { email, email_verified: verified === 'true', name: `Name of ${email}`, nonce }
  },
  async signOutUrl(afterwards) {
    return new URL(`https://idp.test/logout?post_logout_redirect_uri=${encodeURIComponent(afterwards.href)}`)
  },
}

let db: Database
let dist: Awaited<ReturnType<typeof tempDist>>
let now: number
let server: ServerApp

function settings(overrides: Partial<SignInSettings> = {}): SignInSettings {
  return {
    issuer: new URL('https://idp.test'),
    clientId: 'tracker',
    clientSecret: 'secret',
    publicUrl: new URL(ORIGIN),
    idleMs: 30 * MINUTE,
    lifetimeMs: 12 * 60 * MINUTE,
    trustEmail: false,
    ...overrides,
  }
}

function start(overrides: Partial<SignInSettings> = {}, heartbeatMs = 15_000) {
  const logger = collectingLogger()
  const signIn = createSignIn({ settings: settings(overrides), provider: fakeProvider, db, logger, distDir: dist.dir, now: () => now })
  server = createServerApp({ db, devIdentity: false, signIn, distDir: dist.dir, logger, handleApi: answerWith(handlers), heartbeatMs })
}

function call(path: string, init: RequestInit & { cookie?: string | undefined } = {}) {
  const headers = new Headers(init.headers)
  if (init.cookie) headers.set('Cookie', init.cookie)
  return server.app.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers }))
}

/** `name=value` of each Set-Cookie, by name. */
function setCookies(response: Response): Record<string, { value: string; header: string }> {
  return Object.fromEntries(
    response.headers.getSetCookie().map((header) => {
      const [pair = ''] = header.split(';')
      const [name = '', value = ''] = pair.split('=')
      return [name, { value, header }]
    }),
  )
}

/** The whole sign-in, as a browser follows it; answers the callback's response and the session cookie (`tracker-session=…`). */
async function signIn(email: string, options: { returnTo?: string; cookie?: string; tamperState?: boolean } = {}) {
  const started = await call(`${authPaths.signIn}${options.returnTo ? `?return=${encodeURIComponent(options.returnTo)}` : ''}`, { cookie: options.cookie })
  expect(started.status).toBe(302)
  const flow = setCookies(started)['tracker-sign-in']!.value
  const state = new URL(started.headers.get('Location')!).searchParams.get('state')!
  const cookie = [options.cookie, `tracker-sign-in=${flow}`].filter(Boolean).join('; ')
  const response = await call(`${authPaths.callback}?code=${encodeURIComponent(email)}&state=${options.tamperState ? 'forged' : state}`, { cookie })
  const session = setCookies(response)['tracker-session']?.value
  return { response, cookie: session ? `tracker-session=${session}` : undefined }
}

async function signedInAs(email: string): Promise<string> {
  const { response, cookie } = await signIn(email)
  expect(response.status).toBe(303)
  return cookie!
}

async function seedDemo() {
  const demo = await demoData()
  await db.store.write(async (tx) => {
    await writeDataset(tx, demo)
    await markSetUp(tx)
  })
}

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' })
  chooseStore(db.store)
  dist = await tempDist()
}, 60_000)

afterAll(async () => {
  await db.close()
  await dist.remove()
})

beforeEach(async () => {
  now = Date.UTC(2026, 11, 3, 9, 0, 0)
  // Sessions of an earlier test are ended, as signing out would.
  for (const person of await db.store.read(async (tx) => tx.people.all())) await db.sessions.endAllFor(person.id, 'signed-out', now)
  await clearStore(db.store)
  start()
})

describe('signing in', () => {
  it('gives a known person a session in an HttpOnly, SameSite=Lax cookie, and takes them back where they were going', async () => {
    await seedDemo()
    const { response, cookie } = await signIn('helen.okafor@northshire.gov.uk', { returnTo: '/plans?status=red' })
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/plans?status=red')
    const header = response.headers.getSetCookie().find((each) => each.startsWith('tracker-session='))!
    expect(header).toMatch(/HttpOnly/)
    expect(header).toMatch(/SameSite=Lax/)
    expect(header).toMatch(/Path=\//)
    expect(header).not.toMatch(/Secure/)
    const info = sessionInfoSchema.parse(await (await call(apiPaths.session, { cookie })).json())
    expect(info.person?.id).toBe('p-dcs')
    expect(info.session.current).toBe(true)
  })

  it('marks the cookie Secure and __Host- when the service is on https', async () => {
    start({ publicUrl: new URL('https://tracker.test') })
    await seedDemo()
    const started = await call(authPaths.signIn)
    expect(started.headers.getSetCookie()[0]).toMatch(/^__Host-tracker-sign-in=.*; Secure/)
  })

  it('never sends anyone to another site after sign-in', () => {
    for (const bad of ['https://evil.test/', '//evil.test/x', '/\\evil.test', 'javascript:alert(1)', '/auth/sign-out', '']) expect(safeReturn(bad)).toBe('/')
    expect(safeReturn('/meetings/m-1#pack')).toBe('/meetings/m-1#pack')
  })

  it('refuses someone the council does not know, saying whom to ask, and starts no session', async () => {
    await seedDemo()
    const { response, cookie } = await signIn('stranger@elsewhere.gov.uk')
    expect(response.status).toBe(403)
    expect(cookie).toBeUndefined()
    const page = await response.text()
    expect(page).toContain('You do not have access yet')
    expect(page).toContain('stranger@elsewhere.gov.uk')
    expect(page).toContain('Grace Adeyemi')
  })

  it('refuses an email address the provider has not verified, and a deactivated person', async () => {
    await seedDemo()
    expect((await signIn('helen.okafor@northshire.gov.uk|false')).response.status).toBe(403)
    await db.store.write(async (tx) => {
      const person = (await tx.people.get('p-dcs'))!
      await tx.people.put({ ...person, active: false, version: person.version + 1 })
    })
    const { response, cookie } = await signIn('helen.okafor@northshire.gov.uk')
    expect(response.status).toBe(403)
    expect(cookie).toBeUndefined()
    expect(await response.text()).toContain('Your access has ended')
  })

  it('refuses a callback whose state was not sent from this browser (login CSRF), and one used twice', async () => {
    await seedDemo()
    const forged = await signIn('helen.okafor@northshire.gov.uk', { tamperState: true })
    expect(forged.response.status).toBe(400)
    expect(forged.cookie).toBeUndefined()
    // No sign-in cookie at all: a link from another site carrying a code.
    const noFlow = await call(`${authPaths.callback}?code=helen.okafor@northshire.gov.uk&state=anything`)
    expect(noFlow.status).toBe(400)
    expect(setCookies(noFlow)['tracker-session']).toBeUndefined()
  })

  it('gives a new session id at sign-in: an id planted beforehand is never kept (session fixation)', async () => {
    await seedDemo()
    const planted = 'tracker-session=planted-by-an-attacker-0123456789'
    const { cookie } = await signIn('helen.okafor@northshire.gov.uk', { cookie: planted })
    expect(cookie).toBeDefined()
    expect(cookie).not.toBe(planted)
    expect((await call(apiPaths.session, { cookie: planted })).status).toBe(401)
    // Signing in again replaces the session this browser had.
    const again = await signIn('helen.okafor@northshire.gov.uk', { cookie })
    expect(again.cookie).not.toBe(cookie)
    expect((await call(apiPaths.session, { cookie })).status).toBe(401)
    expect((await call(apiPaths.session, { cookie: again.cookie })).status).toBe(200)
  })
})

describe('every /api request', () => {
  it('needs a live session: 401 without one, on every path, known or not; /healthz stays open', async () => {
    await seedDemo()
    for (const path of [apiPaths.plans, apiPaths.council, apiPaths.health, apiPaths.server, apiPaths.events, apiPaths.session, '/api/no-such-path', '/api']) {
      const response = await call(path)
      expect(response.status, path).toBe(401)
      expect(problemSchema.parse(await response.json()).type).toBe('/problems/unidentified')
    }
    expect((await call(authPaths.health)).status).toBe(200)
  })

  it('is made as the session’s person: the author comes from the session, never from X-Acting-As', async () => {
    await seedDemo()
    const cookie = await signedInAs('helen.okafor@northshire.gov.uk')
    const refused = await call(apiPaths.council, { method: 'PATCH', cookie, headers: { 'X-Acting-As': 'p-admin', 'Content-Type': 'application/json', 'If-Match': '"1"' }, body: '{"name":"Hacked"}' })
    expect(refused.status).toBe(403)
    expect(problemSchema.parse(await refused.json()).detail).toBe(ACTING_AS_REFUSED_DETAIL)
    // Helen is a director, not an administrator: renaming the council is not hers to do.
    const asHelen = await call(apiPaths.council, { method: 'PATCH', cookie, headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' }, body: '{"name":"Renamed"}' })
    expect(asHelen.status).toBe(403)
    const admin = await signedInAs('grace.adeyemi@northshire.gov.uk')
    const asAdmin = await call(apiPaths.council, { method: 'PATCH', cookie: admin, headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' }, body: '{"name":"Renamed"}' })
    expect(asAdmin.status).toBe(200)
  })

  it('ends a session left idle for 30 minutes, and any session 12 hours after sign-in', async () => {
    await seedDemo()
    const idle = await signedInAs('helen.okafor@northshire.gov.uk')
    const busy = await signedInAs('grace.adeyemi@northshire.gov.uk')
    now += 29 * MINUTE
    expect((await call(apiPaths.session, { cookie: busy })).status).toBe(200)
    now += 2 * MINUTE
    expect((await call(apiPaths.session, { cookie: idle })).status).toBe(401)
    for (let minutes = 31; minutes < 12 * 60 - 20; minutes += 20) {
      now += 20 * MINUTE
      expect((await call(apiPaths.session, { cookie: busy })).status).toBe(200)
    }
    now = Date.UTC(2026, 11, 3, 21, 0, 0)
    expect((await call(apiPaths.session, { cookie: busy })).status).toBe(401)
  })

  it('ends the session of a person an administrator deactivates', async () => {
    await seedDemo()
    const cookie = await signedInAs('helen.okafor@northshire.gov.uk')
    await db.store.write(async (tx) => {
      const person = (await tx.people.get('p-dcs'))!
      await tx.people.put({ ...person, active: false, version: person.version + 1 })
    })
    expect((await call(apiPaths.plans, { cookie })).status).toBe(401)
  })
})

describe('signing out and ending sessions', () => {
  it('signs out with a form from this site, ending the session, and offers to sign out at the provider', async () => {
    await seedDemo()
    const cookie = await signedInAs('helen.okafor@northshire.gov.uk')
    const crossSite = await call(authPaths.signOut, { method: 'POST', cookie, headers: { Origin: 'https://evil.test' } })
    expect(crossSite.status).toBe(403)
    expect(problemSchema.parse(await crossSite.json()).detail).toBe(CROSS_SITE_DETAIL)
    expect((await call(apiPaths.session, { cookie })).status).toBe(200)

    const out = await call(authPaths.signOut, { method: 'POST', cookie, headers: { Origin: ORIGIN } })
    expect(out.status).toBe(303)
    expect(out.headers.get('Location')).toBe(authPaths.signedOut)
    expect(setCookies(out)['tracker-session']!.header).toMatch(/Max-Age=0/)
    expect((await call(apiPaths.session, { cookie })).status).toBe(401)
    const page = await (await call(authPaths.signedOut)).text()
    expect(page).toContain('You have signed out')
    expect(page).toContain('https://idp.test/logout')
  })

  it('lists a person’s sessions, and ends one of theirs but never anyone else’s', async () => {
    await seedDemo()
    const laptop = await signedInAs('helen.okafor@northshire.gov.uk')
    const phone = await signedInAs('helen.okafor@northshire.gov.uk')
    const other = await signedInAs('grace.adeyemi@northshire.gov.uk')
    const list = sessionSummarySchema.array().parse(await (await call(apiPaths.sessions, { cookie: laptop })).json())
    expect(list).toHaveLength(2)
    expect(list.filter((each) => each.current)).toHaveLength(1)
    const phoneId = list.find((each) => !each.current)!.id
    const othersId = sessionSummarySchema.array().parse(await (await call(apiPaths.sessions, { cookie: other })).json())[0]!.id

    expect((await call(apiPaths.sessionById(othersId), { method: 'DELETE', cookie: laptop })).status).toBe(404)
    expect((await call(apiPaths.session, { cookie: other })).status).toBe(200)
    expect((await call(apiPaths.sessionById(phoneId), { method: 'DELETE', cookie: laptop })).status).toBe(204)
    expect((await call(apiPaths.session, { cookie: phone })).status).toBe(401)
    expect((await call(apiPaths.session, { cookie: laptop })).status).toBe(200)
  })
})

describe('live updates', () => {
  it('end with the session: at once when signed out here, within a heartbeat when it ends elsewhere', async () => {
    start({}, 50)
    await seedDemo()
    const reads = async (cookie: string) => {
      const response = await call(apiPaths.events, { cookie })
      expect(response.status).toBe(200)
      const reader = response.body!.getReader()
      await reader.read()
      return async () => {
        for (;;) if ((await reader.read()).done) return true
      }
    }
    const here = await signedInAs('helen.okafor@northshire.gov.uk')
    const hereEnded = await reads(here)
    await call(authPaths.signOut, { method: 'POST', cookie: here, headers: { Origin: ORIGIN } })
    expect(await hereEnded()).toBe(true)

    const elsewhere = await signedInAs('grace.adeyemi@northshire.gov.uk')
    const elsewhereEnded = await reads(elsewhere)
    const [mine] = sessionSummarySchema.array().parse(await (await call(apiPaths.sessions, { cookie: elsewhere })).json())
    // As another server process would, straight in the database.
    await db.sessions.end(mine!.id, 'signed-out', now)
    expect(await elsewhereEnded()).toBe(true)
    await server.drain()
  })
})

describe('the first person on an empty server', () => {
  it('signs in, may set the council up and nothing else, and becomes its administrator with the email they signed in with', async () => {
    const cookie = await signedInAs('first.person@council.gov.uk')
    const info = sessionInfoSchema.parse(await (await call(apiPaths.session, { cookie })).json())
    expect(info.person).toBeNull()
    expect(info.email).toBe('first.person@council.gov.uk')
    const json = { 'Content-Type': 'application/json' }
    const early = await call(apiPaths.people, { method: 'POST', cookie, headers: json, body: JSON.stringify({ name: 'X', jobTitle: 'Y', role: 'member' }) })
    expect(early.status).toBe(403)
    expect(problemSchema.parse(await early.json()).detail).toBe(SET_UP_FIRST_DETAIL)

    const body = { start: 'empty', councilName: 'Westshire Council', chairName: 'Fran First', chairJobTitle: 'Independent Chair', chairEmail: 'someone.else@council.gov.uk' }
    const setUp = await call(apiPaths.setup, { method: 'POST', cookie, headers: json, body: JSON.stringify(body) })
    expect(setUp.status).toBe(201)
    const after = sessionInfoSchema.parse(await (await call(apiPaths.session, { cookie })).json())
    expect(after.person).toMatchObject({ name: 'Fran First', email: 'first.person@council.gov.uk', isAdmin: true, role: 'chair' })

    // The second person to sign in is not known: they are refused.
    expect((await signIn('second.person@council.gov.uk')).response.status).toBe(403)
  })

  it('becomes an administrator of the demo, when they start with it', async () => {
    const cookie = await signedInAs('trial.lead@council.gov.uk')
    const setUp = await call(apiPaths.setup, { method: 'POST', cookie, headers: { 'Content-Type': 'application/json' }, body: '{"start":"demo"}' })
    expect(setUp.status).toBe(201)
    const info = sessionInfoSchema.parse(await (await call(apiPaths.session, { cookie })).json())
    expect(info.person).toMatchObject({ email: 'trial.lead@council.gov.uk', isAdmin: true })
    // Their arrival is on the record, as every change of role is.
    const changes = (await (await call(apiPaths.personChanges(info.person!.id), { cookie })).json()) as { byId: string | null; changes: { field: string; to: unknown }[] }[]
    expect(changes).toEqual([expect.objectContaining({ byId: null, changes: expect.arrayContaining([{ field: 'isAdmin', from: null, to: true }]) })])
  })
})

describe('pages', () => {
  it('shows the sign-in page instead of the app without a session; the app’s files are for anyone', async () => {
    await seedDemo()
    const page = await call('/plans/plan-1')
    expect(page.status).toBe(200)
    const text = await page.text()
    expect(text).toContain('href="/auth/sign-in?return=%2Fplans%2Fplan-1"')
    expect(text).toContain('/assets/main-Ef34Gh.css')
    expect(text).not.toContain('main-Ab12Cd.js')
    expect((await call('/assets/main-Ab12Cd.js')).status).toBe(200)
    const cookie = await signedInAs('helen.okafor@northshire.gov.uk')
    const app = await (await call('/plans/plan-1', { cookie })).text()
    expect(app).toContain('<meta name="improvement-tracker-identity" content="sign-in" />')
  })
})
