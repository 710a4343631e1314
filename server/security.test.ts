import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { problemSchema, problemTypes } from '@/contract/problem'
import { sessionInfoSchema } from '@/contract/sessions'
import { handlers } from '~mocks/handlers/index'
import { CROSS_SITE_DETAIL } from './app'
import { ACTING_AS_REFUSED_DETAIL, SIGNED_OUT_DETAIL } from './auth/sign-in'
import { apiRoutes, routeName, samplePath, writeRequests, type Author, type WriteRequest } from './testing/api-routes'
import { SESSION_COOKIE, startSignedInServer, type SignedInServer } from './testing/signed-in-server'
import { CookieJar, signOutThroughProvider } from './testing/sign-in-through-provider'

/**
 * Issue 16, item 6: the shared server's sign-in attacked from outside, over HTTP, with people signed
 * in through a real OpenID provider (oidc-provider on 127.0.0.1). Each case counts what it tried;
 * the counts are printed at the end.
 */
const MEMBER = 'david.ashworth@northshire.gov.uk'
const CHAIR = 'alison.hartley@northshire.gov.uk'
const ADMIN = 'grace.adeyemi@northshire.gov.uk'
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

let server: SignedInServer
let writes: WriteRequest[]
/** The demo as stored before any case ran: every case leaves it so. */
let before: Awaited<ReturnType<SignedInServer['dataset']>>
/** Sessions signed in once for the cases that need them (the last describe ends them). */
const sessions: Record<Author | 'member', string> = { admin: '', chair: '', member: '' }
const tally: Array<{ what: string; passed: number; of: number }> = []

/** Records a case's count, and fails it with the requests that did not answer as they should. */
function count(what: string, outcomes: Array<string | undefined>): void {
  const failures = outcomes.filter((outcome): outcome is string => outcome !== undefined)
  tally.push({ what, passed: outcomes.length - failures.length, of: outcomes.length })
  expect(failures).toEqual([])
}

/** Undefined when `response` answers `status` (and `detail`, when given); else what it answered instead. */
async function expectAnswer(label: string, response: Response, status: number, detail?: string): Promise<string | undefined> {
  const text = await response.text()
  if (response.status !== status) return `${label}: ${response.status} ${text.slice(0, 200)}`
  if (detail !== undefined && problemSchema.parse(JSON.parse(text)).detail !== detail) return `${label}: ${text.slice(0, 200)}`
  return undefined
}

const send = (write: WriteRequest, cookie: string | undefined, headers: Record<string, string> = {}) =>
  server.request(write.route.split(' ')[0]!, write.path, { cookie, body: write.body, headers: { 'If-Match': '*', ...headers } })

async function expectUnchanged(): Promise<void> {
  expect(await server.dataset()).toEqual(before)
}

async function signedIn(email: string): Promise<string> {
  const { cookie } = await server.signIn(email)
  expect(cookie, email).toBeDefined()
  return cookie!
}

const randomToken = () => randomBytes(32).toString('base64url')

beforeAll(async () => {
  server = await startSignedInServer()
  writes = await writeRequests(server.demo, new Date())
  before = await server.dataset()
  ;[sessions.admin, sessions.chair, sessions.member] = await Promise.all([signedIn(ADMIN), signedIn(CHAIR), signedIn(MEMBER)])
})

afterAll(async () => {
  await server?.stop()
  const width = Math.max(...tally.map((line) => line.what.length))
  console.log(['Security suite (issue 16, item 6):', ...tally.map((line) => `  ${line.what.padEnd(width)}  ${line.passed} of ${line.of}`)].join('\n'))
})

describe('the tables of routes', () => {
  it('have a valid body for every change the API takes, read from its handlers', () => {
    const changes = apiRoutes(handlers).filter((route) => route.method !== 'GET').map(routeName)
    expect(changes.length).toBeGreaterThan(25)
    expect(writes.map((write) => write.route).sort()).toEqual([...changes].sort())
  })

  it('hold only valid bodies: each is taken from someone allowed to make it (on a fresh copy of the demo)', async () => {
    const outcomes = []
    for (const write of writes) {
      outcomes.push(await expectAnswer(`${write.route} by the ${write.by}`, await send(write, sessions[write.by]), write.answers))
      await server.restoreDemo()
    }
    count('each write’s body accepted from someone allowed (none 400)', outcomes)
    await expectUnchanged()
  })
})

describe('every /api path without a session', () => {
  it('answers 401 to every method, the same problem on every path, saying nothing of the data', async () => {
    const paths = new Set(apiRoutes(handlers).map((route) => samplePath(route.template, server.demo)))
    for (const extra of ['/api', '/api/session', '/api/sessions', '/api/sessions/x', '/api/health', '/api/server', '/api/events', '/api/no-such-path']) paths.add(extra)
    const bodies = new Set<string>()
    const outcomes = []
    for (const path of paths) {
      for (const method of METHODS) {
        const response = await server.request(method, path, { body: method === 'POST' || method === 'PATCH' || method === 'PUT' ? { name: 'x' } : undefined })
        const body = await response.text()
        if (method !== 'HEAD') bodies.add(body)
        outcomes.push(response.status === 401 && !response.headers.has('ETag') ? undefined : `${method} ${path}: ${response.status} ${body.slice(0, 120)}`)
      }
    }
    count('every /api path × 7 methods without a session → 401', outcomes)
    expect([...bodies].map((body) => JSON.parse(body))).toEqual([{ type: problemTypes.unidentified, title: 'Sign in needed', status: 401, detail: SIGNED_OUT_DETAIL }])
  })
})

describe('a member of a board, signed in', () => {
  it('reads, but every change is refused with 403 and nothing changes', async () => {
    const info = sessionInfoSchema.parse(await (await server.request('GET', '/api/session', { cookie: sessions.member })).json())
    expect(info.person).toMatchObject({ id: 'p-member-ashworth', role: 'member', isAdmin: false })
    expect((await server.request('GET', '/api/plans', { cookie: sessions.member })).status).toBe(200)
    const outcomes = []
    for (const write of writes) outcomes.push(await expectAnswer(write.route, await send(write, sessions.member), write.route === 'POST /api/setup' ? 409 : 403))
    count('every write by a member → 403 (setup: 409, already set up)', outcomes)
    await expectUnchanged()
  })

  it('cannot act as anyone else: X-Acting-As with a session is refused, reading or writing', async () => {
    const outcomes = [await expectAnswer('GET /api/people', await server.request('GET', '/api/people', { cookie: sessions.member, headers: { 'X-Acting-As': 'p-admin' } }), 403, ACTING_AS_REFUSED_DETAIL)]
    for (const write of writes) outcomes.push(await expectAnswer(write.route, await send(write, sessions.member, { 'X-Acting-As': 'p-admin' }), 403, ACTING_AS_REFUSED_DETAIL))
    count('X-Acting-As: p-admin with a member’s session → 403', outcomes)
    await expectUnchanged()
  })
})

describe('a change sent by a page of another site (CSRF), with the session of someone allowed to make it', () => {
  const forgeries: Record<string, Record<string, string>> = {
    'Origin: https://evil.example': { Origin: 'https://evil.example' },
    'Origin: null': { Origin: 'null' },
    'Sec-Fetch-Site: cross-site': { 'Sec-Fetch-Site': 'cross-site' },
    'Sec-Fetch-Site: same-site': { 'Sec-Fetch-Site': 'same-site' },
  }

  it('is refused with 403 on every write route, and nothing changes', async () => {
    const outcomes = []
    for (const [name, headers] of Object.entries(forgeries)) {
      for (const write of writes) outcomes.push(await expectAnswer(`${write.route} with ${name}`, await send(write, sessions[write.by], headers), 403, CROSS_SITE_DETAIL))
    }
    count('writes from another site (4 kinds) → 403', outcomes)
    await expectUnchanged()
    // The same change from this site's own page is taken.
    const council = writes.find((write) => write.route === 'PATCH /api/council')!
    expect((await send(council, sessions.admin, { Origin: server.url, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200)
    await server.restoreDemo()
  })

  it('cannot sign anyone out', async () => {
    const outcomes = []
    for (const [name, headers] of Object.entries(forgeries)) {
      outcomes.push(await expectAnswer(`POST /auth/sign-out with ${name}`, await server.request('POST', '/auth/sign-out', { cookie: sessions.member, headers }), 403, CROSS_SITE_DETAIL))
    }
    outcomes.push(await expectAnswer('the session afterwards', await server.request('GET', '/api/session', { cookie: sessions.member }), 200))
    count('sign-out from another site → 403, still signed in', outcomes)
  })
})

describe('session ids', () => {
  it('1,000 random ones are all refused', async () => {
    const outcomes: Array<string | undefined> = []
    for (let batch = 0; batch < 40; batch++) {
      const tried = await Promise.all(
        Array.from({ length: 25 }, async () => {
          const token = randomToken()
          const response = await server.request('GET', '/api/session', { cookie: `${SESSION_COOKIE}=${token}` })
          return response.status === 401 ? undefined : `${token}: ${response.status}`
        }),
      )
      outcomes.push(...tried)
    }
    count('random session ids → 401', outcomes)
  })

  it('planted before sign-in are never kept (session fixation)', async () => {
    const outcomes = []
    // A random value, and an attacker's own live session, planted in the browser before its person signs in.
    const attackersOwn = (await signedIn(ADMIN)).split('=')[1]!
    for (const planted of [randomToken(), attackersOwn]) {
      const journey = await server.signIn(MEMBER, { appCookies: { [SESSION_COOKIE]: planted } })
      const after = journey.appCookies[SESSION_COOKIE]
      outcomes.push(after !== undefined && after !== planted ? undefined : `planted ${planted}: kept`)
      outcomes.push(await expectAnswer('the session after', await server.request('GET', '/api/session', { cookie: `${SESSION_COOKIE}=${after}` }), 200))
      outcomes.push(await expectAnswer('the planted value', await server.request('GET', '/api/session', { cookie: `${SESSION_COOKIE}=${planted}` }), 401))
    }
    count('session fixation: planted ids replaced and refused', outcomes)
  })
})

describe('login CSRF: a callback that is not the answer to this browser’s own sign-in', () => {
  /** The callback's answer, and whether the browser came away with a session. */
  const noSession = async (label: string, journey: { response: Response; appCookies: Record<string, string> }, planted?: string) => {
    const status = journey.response.status
    const session = journey.appCookies[SESSION_COOKIE]
    return status >= 400 && status < 500 && (session === undefined || session === planted) ? undefined : `${label}: ${status}, session ${session}`
  }

  it('starts no session when the state, the nonce or the PKCE challenge is not this sign-in’s', async () => {
    const outcomes = []
    const forgedState = await server.signIn(MEMBER, {
      rewriteCallback: (url) => {
        url.searchParams.set('state', randomToken())
        return url
      },
    })
    outcomes.push(await noSession('state changed', forgedState))
    // The provider puts the nonce it was sent in the ID token: change it on the way there, as if a token from another sign-in came back.
    const tamperAuthorization = (param: string, value: string): typeof fetch => (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      if (url.origin === new URL(server.provider.issuer).origin && url.searchParams.has(param)) url.searchParams.set(param, value)
      return fetch(url, init)
    }
    outcomes.push(await noSession('nonce changed', await server.signIn(MEMBER, { fetch: tamperAuthorization('nonce', randomToken()) })))
    outcomes.push(await noSession('PKCE challenge changed', await server.signIn(MEMBER, { fetch: tamperAuthorization('code_challenge', randomToken()) })))
    count('login CSRF: state, nonce, PKCE checked', outcomes)
  })

  it('starts no session for a callback from another browser, nor for a code used twice', async () => {
    let callback: URL | undefined
    // Browser A signs in at the provider, but the callback is held back (A is sent to a harmless page instead).
    const heldBack = await server.signIn(MEMBER, {
      rewriteCallback: (url) => {
        callback = new URL(url)
        return `${server.url}/auth/signed-out`
      },
    })
    expect(callback?.searchParams.get('code')).toBeTruthy()
    const browserA = heldBack.cookieJar
    const visit = async (jar: CookieJar, url: URL) => {
      const response = await fetch(url, { headers: jar.header(url) ? { Cookie: jar.header(url)! } : {}, redirect: 'manual' })
      jar.store(url, response)
      return { response, appCookies: jar.read(server.url) }
    }
    const outcomes = [await noSession('callback in another browser', await visit(new CookieJar(), callback!))]
    // The code was good: browser A, whose sign-in it answers, gets a session with it.
    const own = await visit(browserA, callback!)
    outcomes.push(own.response.status === 303 && own.appCookies[SESSION_COOKIE] ? undefined : `own callback: ${own.response.status}`)
    const session = own.appCookies[SESSION_COOKIE]
    outcomes.push(await noSession('the same callback again', await visit(browserA, callback!), session))
    // Again, inside a new sign-in of A's, with that sign-in's state: the provider refuses a code used before.
    const restart = await visit(browserA, new URL('/auth/sign-in', server.url))
    const state = new URL(restart.response.headers.get('Location')!).searchParams.get('state')!
    const replay = new URL(callback!)
    replay.searchParams.set('state', state)
    outcomes.push(await noSession('the code replayed in a new sign-in', await visit(browserA, replay), session))
    count('login CSRF: foreign browser, replayed code', outcomes)
  })
})

describe('after sign-in', () => {
  it('goes back only to a page of this site', async () => {
    const outcomes = []
    for (const [asked, expected] of [
      ['//evil.example/x', '/'],
      ['https://evil.example/', '/'],
      ['/\\evil.example', '/'],
      ['/auth/sign-out', '/'],
      ['/plans?status=red', '/plans?status=red'],
    ] as const) {
      const journey = await server.signIn(MEMBER, { startUrl: `${server.url}/auth/sign-in?return=${encodeURIComponent(asked)}` })
      const location = journey.response.headers.get('Location')
      outcomes.push(location === expected ? undefined : `return=${asked}: sent to ${location}`)
    }
    count('return addresses after sign-in (4 elsewhere, 1 here)', outcomes)
  })
})

describe('cookies and headers', () => {
  it('keeps the session in an HttpOnly, SameSite=Lax cookie for the whole site', async () => {
    const journey = await server.signIn(MEMBER)
    const started = await fetch(`${server.url}/auth/sign-in`, { redirect: 'manual' })
    const cookies = [...journey.response.headers.getSetCookie().filter((line) => line.startsWith(`${SESSION_COOKIE}=`)), ...started.headers.getSetCookie()]
    const outcomes = cookies.map((line) => (/; HttpOnly/i.test(line) && /; SameSite=Lax/i.test(line) && /; Path=\/(;|$)/.test(line) ? undefined : line))
    expect(cookies).toHaveLength(2)
    count('cookie flags HttpOnly, SameSite=Lax, Path=/', outcomes)
  })

  it('sends the security headers with pages and with the API’s answers', async () => {
    const answers: Record<string, Response> = {
      'the sign-in page': await server.request('GET', '/'),
      'the app’s page': await server.request('GET', '/', { cookie: sessions.member }),
      'the signed-out page': await server.request('GET', '/auth/signed-out'),
      'an /api answer': await server.request('GET', '/api/session', { cookie: sessions.member }),
      'an /api 401': await server.request('GET', '/api/plans'),
    }
    const outcomes = Object.entries(answers).map(([name, response]) => {
      const headers = response.headers
      const fine =
        /frame-ancestors 'none'/.test(headers.get('Content-Security-Policy') ?? '') &&
        headers.get('X-Content-Type-Options') === 'nosniff' &&
        ['same-origin', 'no-referrer'].includes(headers.get('Referrer-Policy') ?? '')
      return fine ? undefined : `${name}: ${JSON.stringify(Object.fromEntries(headers))}`
    })
    expect(answers['the app’s page']!.headers.get('Content-Type')).toMatch(/^text\/html/)
    count('security headers (CSP frame-ancestors, nosniff, Referrer-Policy)', outcomes)
  })
})

describe('live updates', () => {
  /** Reads a stream in spans of time: a read still waiting when a span ends carries on into the next. */
  function spans(reader: ReadableStreamDefaultReader<Uint8Array>): (ms: number) => Promise<string> {
    const decoder = new TextDecoder()
    let pending: Promise<ReadableStreamReadResult<Uint8Array>> | undefined
    let ended = false
    return async (ms) => {
      const deadline = Date.now() + ms
      let text = ''
      while (!ended && Date.now() < deadline) {
        pending ??= reader.read()
        const chunk = await Promise.race([pending, new Promise<undefined>((resolve) => setTimeout(resolve, deadline - Date.now()))])
        if (!chunk) break
        pending = undefined
        if (chunk.done) ended = true
        else text += decoder.decode(chunk.value)
      }
      return text
    }
  }

  it('stop reaching a browser once its session has ended', async () => {
    const signingOut = await server.signIn(MEMBER)
    const stream = await server.request('GET', '/api/events', { cookie: signingOut.cookie })
    expect(stream.status).toBe(200)
    const reader = stream.body!.getReader()
    const readFor = spans(reader)
    try {
      expect(await readFor(200)).toContain(': connected')
      expect((await server.request('POST', '/auth/sign-out', { cookie: signingOut.cookie, headers: { Origin: server.url } })).status).toBe(303)
      const board = writes.find((write) => write.route === 'PATCH /api/boards/:id')!
      expect((await send(board, sessions.chair)).status).toBe(200)
      const after = await readFor(1_500)
      count('change notices sent to a stream after its session ended (none)', [after.includes('data:') ? `after sign-out the stream sent: ${after.trim()}` : undefined])
    } finally {
      await reader.cancel()
      await server.restoreDemo()
    }
  })
})

// Last: moving the server's clock on ends the sessions signed in above.
describe('a session that has ended', () => {
  const council = () => writes.find((write) => write.route === 'PATCH /api/council')!
  const refused = async (label: string, cookie: string) => [
    await expectAnswer(`${label}: GET /api/session`, await server.request('GET', '/api/session', { cookie }), 401),
    await expectAnswer(`${label}: PATCH /api/council`, await send(council(), cookie), 401),
  ]

  it('is refused: forged, signed out, ended from another device, idle too long, or past its absolute end', async () => {
    const outcomes = [...(await refused('forged', `${SESSION_COOKIE}=${randomToken()}`))]

    const signingOut = await server.signIn(ADMIN)
    const out = await signOutThroughProvider({ startUrl: `${server.url}/auth/sign-out`, startInit: { method: 'POST', headers: { Origin: server.url } }, cookieJar: signingOut.cookieJar })
    expect(out.appCookies[SESSION_COOKIE]).toBeUndefined()
    outcomes.push(...(await refused('signed out', signingOut.cookie!)))

    const laptop = await signedIn(ADMIN)
    const phone = await signedIn(ADMIN)
    const phoneId = sessionInfoSchema.parse(await (await server.request('GET', '/api/session', { cookie: phone })).json()).session.id
    expect((await server.request('DELETE', `/api/sessions/${phoneId}`, { cookie: laptop })).status).toBe(204)
    outcomes.push(...(await refused('ended from another device', phone)))

    const idle = await signedIn(ADMIN)
    const busy = await signedIn(ADMIN)
    const { idleMs, lifetimeMs } = server.settings
    let elapsed = 0
    while (elapsed + idleMs - 60_000 < lifetimeMs) {
      server.advanceClock(idleMs - 60_000)
      elapsed += idleMs - 60_000
      expect((await server.request('GET', '/api/session', { cookie: busy })).status, `busy after ${elapsed / 60_000} minutes`).toBe(200)
    }
    outcomes.push(...(await refused('idle past 30 minutes', idle)))
    server.advanceClock(lifetimeMs - elapsed + 1_000)
    outcomes.push(...(await refused('past the 12-hour end', busy)))
    count('ended sessions (forged, signed out, ended, idle, past 12 hours) → 401', outcomes)
    await expectUnchanged()
  })
})
