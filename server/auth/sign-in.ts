import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parse as parseCookies, serialize as serializeCookie } from 'hono/utils/cookie'
import { COUNCIL_ID } from '@/contract/council'
import { apiPaths, authPaths } from '@/contract/paths'
import type { Person } from '@/contract/people'
import { ACTING_AS_HEADER, PROBLEM_CONTENT_TYPE, problemTypes, type Problem } from '@/contract/problem'
import type { SessionInfo, SessionSummary } from '@/contract/sessions'
import type { StoredPerson } from '@/contract/stored'
import { recordPersonChanges } from '~mocks/handlers/person-changes'
import type { Database } from '../db/database'
import type { Logger } from '../logger'
import { newChecks, type Provider, type SignInSettings } from './oidc'
import { html, renderPage, stylesheetsOf, type Html } from './pages'
import type { SessionRecord } from './session-store'

/** How long a sign-in may stay at the identity provider before its callback is refused. */
export const SIGN_IN_MAX_AGE_MS = 10 * 60_000

/** Said with every 401: the request came with no live session. */
export const SIGNED_OUT_DETAIL = 'You are not signed in, or your sign-in has ended. Sign in again: nothing was changed.'
/** Said when a request names who it acts as on a server where people sign in. */
export const ACTING_AS_REFUSED_DETAIL = 'This server knows who you are from your sign-in: X-Acting-As is not accepted here. Nothing was changed.'
/** Said to the first person signed in on an empty server who tries anything but setting it up. */
export const SET_UP_FIRST_DETAIL = 'Set the council up first: nothing else can be changed until it is.'

/** A request's live session, and the person it is for (null only before an empty server is set up). */
export interface LiveSession {
  record: SessionRecord
  person: StoredPerson | null
}

export interface SignInOptions {
  settings: SignInSettings
  provider: Provider
  db: Database
  logger: Logger
  /** The built app: its index.html names the stylesheet the sign-in pages use. */
  distDir: string
  /** The clock (epoch milliseconds); tests move it. */
  now?: () => number
}

/** The shared server's sign-in: /auth/* pages, and who each /api request is from. */
export interface SignIn {
  /** The origin people reach the service at (PUBLIC_URL's). */
  readonly origin: string
  /** Answers /auth/sign-in, /auth/callback, /auth/sign-out and /auth/signed-out; undefined for any other path. */
  route(request: Request): Promise<Response | undefined>
  /** The request's live session, or the 401 (or 403) to answer instead. */
  check(request: Request): Promise<LiveSession | Response>
  /** Answers /api/session and /api/sessions[/{id}]; undefined for any other path. */
  sessionApi(request: Request, live: LiveSession): Promise<Response | undefined>
  /** Hands an /api request to the API core as the session's person, or refuses it. */
  forward(request: Request, live: LiveSession, handle: (request: Request) => Promise<Response>): Promise<Response>
  /** For a page of the app: undefined with a live session (serve the app), else the sign-in page. */
  gate(request: Request): Promise<Response | undefined>
  /** Whether a session is still live, without counting as its use. */
  isLive(sessionId: string): Promise<boolean>
  /** Calls `listener` with the id of each session this process ends (signed out, ended by its person, replaced, deactivated). */
  onEnded(listener: (sessionId: string) => void): void
}

export function createSignIn({ settings, provider, db, logger, distDir, now = Date.now }: SignInOptions): SignIn {
  const secure = settings.publicUrl.protocol === 'https:'
  // __Host-: only this exact origin, over https, may ever set or see it.
  const sessionCookie = secure ? '__Host-tracker-session' : 'tracker-session'
  const flowCookie = secure ? '__Host-tracker-sign-in' : 'tracker-sign-in'
  const origin = settings.publicUrl.origin
  const endedListeners = new Set<(sessionId: string) => void>()
  const sessions: typeof db.sessions = {
    ...db.sessions,
    // Everything this process ends is told to whoever holds something open for the session (its event streams).
    end: async (id, reason, at) => {
      const ended = await db.sessions.end(id, reason, at)
      if (ended) endedListeners.forEach((listener) => listener(id))
      return ended
    },
  }

  const cookie = (name: string, value: string, maxAgeSeconds: number) =>
    serializeCookie(name, value, { path: '/', httpOnly: true, secure, sameSite: 'Lax', maxAge: maxAgeSeconds })
  const clearCookie = (name: string) => cookie(name, '', 0)
  const cookieOf = (request: Request, name: string) => {
    const value = parseCookies(request.headers.get('Cookie') ?? '', name)[name]
    return value && /^[\w-]{20,100}$/.test(value) ? value : undefined
  }

  const stylesheets = async () => stylesheetsOf(await readFile(resolve(distDir, 'index.html'), 'utf8').catch(() => ''))
  const councilName = async () => (await db.store.read(async (tx) => tx.council.get(COUNCIL_ID)))?.name
  const page = async (title: string, body: Html, status = 200) => renderPage({ title, body, status, councilName: await councilName().catch(() => undefined) }, await stylesheets())
  const startAgain = (returnTo = '/') => html`<a href="${signInHref(returnTo)}" role="button" draggable="false" class="govuk-button" data-module="govuk-button">Sign in again</a>`

  async function sessionFrom(request: Request): Promise<SessionRecord | undefined> {
    const token = cookieOf(request, sessionCookie)
    return token ? sessions.find(hashOf(token), now(), settings.idleMs) : undefined
  }

  function unauthorised(request: Request, detail = SIGNED_OUT_DETAIL): Response {
    const response = problem({ type: problemTypes.unidentified, title: 'Sign in needed', status: 401, detail })
    // A cookie that names no live session is of no more use: the browser may forget it.
    if (request.headers.get('Cookie')?.includes(sessionCookie)) response.headers.append('Set-Cookie', clearCookie(sessionCookie))
    return response
  }

  async function personById(id: string): Promise<StoredPerson | undefined> {
    return db.store.read(async (tx) => tx.people.get(id))
  }

  async function personByEmail(email: string): Promise<StoredPerson | undefined> {
    const people = await db.store.read(async (tx) => tx.people.all())
    return people.find((person) => person.email === email)
  }

  async function administrators(): Promise<StoredPerson[]> {
    const people = await db.store.read(async (tx) => tx.people.all())
    return people.filter((person) => person.isAdmin && person.active)
  }

  async function isEmptyServer(): Promise<boolean> {
    return db.store.read(async (tx) => (await tx.council.count()) === 0 && (await tx.people.count()) === 0)
  }

  function summary(record: SessionRecord, currentId: string): SessionSummary {
    return {
      id: record.id,
      createdAt: new Date(record.createdAt).toISOString(),
      lastSeenAt: new Date(record.lastSeenAt).toISOString(),
      idleUntil: new Date(Math.min(record.lastSeenAt + settings.idleMs, record.expiresAt)).toISOString(),
      expiresAt: new Date(record.expiresAt).toISOString(),
      device: deviceOf(record.userAgent),
      current: record.id === currentId,
    }
  }

  async function whomToAsk(): Promise<Html> {
    const admins = await administrators().catch(() => [])
    if (admins.length === 0) return html`<p class="govuk-body">Ask whoever runs ${'Improvement Tracker'} for your council to add you.</p>`
    return html`<p class="govuk-body">Ask ${admins.length === 1 ? 'its administrator' : 'one of its administrators'} to add you:</p>
            <ul class="govuk-list govuk-list--bullet">${admins.map(
              (admin) => html`<li>${admin.name}, ${admin.jobTitle}${admin.email ? html` (<a class="govuk-link" href="mailto:${admin.email}">${admin.email}</a>)` : ''}</li>`,
            )}</ul>`
  }

  async function signInStart(request: Request): Promise<Response> {
    const returnTo = safeReturn(new URL(request.url).searchParams.get('return'))
    const checks = newChecks()
    let target: URL
    try {
      target = await provider.authorizationUrl(checks)
    } catch (error) {
      logger.error('sign-in: the identity provider did not answer', { error, issuer: settings.issuer.href })
      return page(
        'Sign-in is not available just now',
        html`<p class="govuk-body">Your council’s sign-in service did not answer. Try again in a few minutes.</p>${startAgain(returnTo)}`,
        503,
      )
    }
    const token = newToken()
    await sessions.startSignIn(hashOf(token), { ...checks, returnTo }, now(), SIGN_IN_MAX_AGE_MS)
    return new Response(null, { status: 302, headers: { Location: target.href, 'Set-Cookie': cookie(flowCookie, token, SIGN_IN_MAX_AGE_MS / 1000), 'Cache-Control': 'no-store' } })
  }

  async function callback(request: Request): Promise<Response> {
    const token = cookieOf(request, flowCookie)
    const flow = token ? await sessions.takeSignIn(hashOf(token), now(), SIGN_IN_MAX_AGE_MS) : undefined
    const answer = async (response: Response) => {
      response.headers.append('Set-Cookie', clearCookie(flowCookie))
      return response
    }
    const url = new URL(request.url)
    if (!flow) {
      return answer(
        await page(
          'Sign-in did not finish',
          html`<p class="govuk-body">This sign-in was started in another browser, was already used, or took longer than 10 minutes. Start again.</p>${startAgain()}`,
          400,
        ),
      )
    }
    const refusedAtProvider = url.searchParams.get('error')
    if (refusedAtProvider) {
      logger.warn('sign-in: the identity provider refused', { error: refusedAtProvider })
      return answer(await page('You did not sign in', html`<p class="govuk-body">Your council’s sign-in service did not sign you in. Nothing was changed.</p>${startAgain(flow.returnTo)}`, 403))
    }
    // The callback URL as the provider sent the browser to it (the public address, not the one this process listens on).
    const callbackUrl = new URL(`${authPaths.callback}${url.search}`, settings.publicUrl)
    let claims: Record<string, unknown>
    try {
      claims = await provider.redeem(callbackUrl, flow)
    } catch (error) {
      logger.warn('sign-in: the callback was refused', { error })
      return answer(await page('Sign-in did not finish', html`<p class="govuk-body">The answer from your council’s sign-in service could not be checked. Start again.</p>${startAgain(flow.returnTo)}`, 400))
    }
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : ''
    const verified = claims.email_verified === true || claims.xms_edov === true || settings.trustEmail
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : email
    if (!email || !verified) {
      logger.warn('sign-in: no verified email address', { hasEmail: Boolean(email) })
      return answer(
        await page(
          'Your email address could not be checked',
          html`<p class="govuk-body">Your council’s sign-in service did not confirm your email address, which is how ${'Improvement Tracker'} knows who you are.</p>${await whomToAsk()}`,
          403,
        ),
      )
    }

    const person = await personByEmail(email)
    if (person && !person.active) {
      logger.info('sign-in refused: deactivated', { personId: person.id })
      return answer(await page('Your access has ended', html`<p class="govuk-body">You signed in as ${email}, but your access to ${'Improvement Tracker'} has been ended.</p>${await whomToAsk()}`, 403))
    }
    if (!person && !(await isEmptyServer())) {
      logger.info('sign-in refused: not known to the council')
      return answer(
        await page(
          'You do not have access yet',
          html`<p class="govuk-body">You signed in as <strong>${email}</strong>, but ${'Improvement Tracker'} does not know this address yet.</p>${await whomToAsk()}`,
          403,
        ),
      )
    }

    // A new session id every sign-in; any session this browser had is ended, never carried over.
    const previous = cookieOf(request, sessionCookie)
    if (previous) {
      const old = await sessions.find(hashOf(previous), now(), settings.idleMs)
      if (old) await sessions.end(old.id, 'replaced', now())
    }
    const secret = newToken()
    const id = randomUUID()
    await sessions.create({ id, tokenHash: hashOf(secret), personId: person?.id ?? null, email, name, userAgent: (request.headers.get('User-Agent') ?? '').slice(0, 300) }, now(), settings.lifetimeMs)
    logger.info('signed in', { sessionId: id, personId: person?.id ?? null, first: !person })
    return answer(new Response(null, { status: 303, headers: { Location: flow.returnTo, 'Set-Cookie': cookie(sessionCookie, secret, Math.ceil(settings.lifetimeMs / 1000)), 'Cache-Control': 'no-store' } }))
  }

  async function signOut(request: Request): Promise<Response> {
    const record = await sessionFrom(request)
    if (record) {
      await sessions.end(record.id, 'signed-out', now())
      logger.info('signed out', { sessionId: record.id })
    }
    return new Response(null, { status: 303, headers: { Location: authPaths.signedOut, 'Set-Cookie': clearCookie(sessionCookie), 'Cache-Control': 'no-store' } })
  }

  async function signedOut(request: Request): Promise<Response> {
    const providerDone = new URL(request.url).searchParams.get('provider') === 'done'
    const providerUrl = providerDone ? undefined : await provider.signOutUrl(new URL(`${authPaths.signedOut}?provider=done`, settings.publicUrl)).catch(() => undefined)
    const provider_ = providerUrl
      ? html`<p class="govuk-body">You may still be signed in to your council account on this device. On a shared computer, sign out of that too.</p>
            <p class="govuk-body"><a class="govuk-link" href="${providerUrl.href}">Sign out of your council account</a></p>`
      : html``
    return page('You have signed out', html`<p class="govuk-body">You have signed out of ${'Improvement Tracker'}.</p>${provider_}${startAgain()}`)
  }

  return {
    origin,

    isLive: (sessionId) => sessions.isLive(sessionId, now(), settings.idleMs),
    onEnded: (listener) => void endedListeners.add(listener),

    async route(request) {
      const { pathname } = new URL(request.url)
      const method = request.method
      const only = (allowed: string, answerIt: () => Promise<Response>) =>
        method === allowed || (allowed === 'GET' && method === 'HEAD') ? answerIt() : Promise.resolve(notAllowed(allowed))
      switch (pathname) {
        case authPaths.signIn:
          return only('GET', () => signInStart(request))
        case authPaths.callback:
          return only('GET', () => callback(request))
        case authPaths.signOut:
          return only('POST', () => signOut(request))
        case authPaths.signedOut:
          return only('GET', () => signedOut(request))
        default:
          return undefined
      }
    },

    async check(request) {
      const record = await sessionFrom(request)
      if (!record) return unauthorised(request)
      if (request.headers.has(ACTING_AS_HEADER)) return problem({ type: problemTypes.forbidden, title: 'Not allowed', status: 403, detail: ACTING_AS_REFUSED_DETAIL })
      if (record.personId) {
        const person = await personById(record.personId)
        if (person?.active) return { record, person }
        await sessions.end(record.id, 'deactivated', now())
        return unauthorised(request, 'Your access to this service has ended. Ask an administrator if you need it again.')
      }
      // The first sign-in on an empty server: once the council is set up (by them or by anyone), they are whoever has their email.
      if (await isEmptyServer()) return { record, person: null }
      const person = await personByEmail(record.email)
      if (person?.active) {
        await sessions.bind(record.id, person.id)
        return { record: { ...record, personId: person.id }, person }
      }
      await sessions.end(record.id, 'not-known', now())
      return unauthorised(request, 'The council has been set up by someone else, and your email address is not among its people. Ask its administrator to add you.')
    },

    async sessionApi(request, live) {
      const { pathname } = new URL(request.url)
      const current = live.record
      if (pathname === apiPaths.session) {
        if (request.method !== 'GET' && request.method !== 'HEAD') return notAllowed('GET')
        const body: SessionInfo = { person: live.person ? toPerson(live.person) : null, email: current.email, name: current.name, session: summary(current, current.id) }
        return Response.json(body)
      }
      if (pathname === apiPaths.sessions) {
        if (request.method !== 'GET' && request.method !== 'HEAD') return notAllowed('GET')
        const list = current.personId ? await sessions.liveFor(current.personId, now(), settings.idleMs) : [current]
        return Response.json(list.map((record) => summary(record, current.id)))
      }
      const prefix = `${apiPaths.sessions}/`
      if (!pathname.startsWith(prefix)) return undefined
      if (request.method !== 'DELETE') return notAllowed('DELETE')
      const id = decodeURIComponent(pathname.slice(prefix.length))
      const mine = current.personId ? await sessions.liveFor(current.personId, now(), settings.idleMs) : [current]
      if (!mine.some((record) => record.id === id)) {
        return problem({ type: problemTypes.notFound, title: 'Not found', status: 404, detail: 'You have no live session with that id.' })
      }
      await sessions.end(id, 'ended-by-person', now())
      const response = new Response(null, { status: 204 })
      if (id === current.id) response.headers.append('Set-Cookie', clearCookie(sessionCookie))
      return response
    },

    async forward(request, live, handle) {
      if (live.person) return handle(withHeader(request, ACTING_AS_HEADER, live.person.id))
      if (request.method === 'GET' || request.method === 'HEAD') return handle(request)
      if (new URL(request.url).pathname === apiPaths.setup && request.method === 'POST') return setUpAsFirst(request, live.record, handle)
      return problem({ type: problemTypes.forbidden, title: 'Not allowed', status: 403, detail: SET_UP_FIRST_DETAIL })
    },

    async gate(request) {
      if (await sessionFrom(request)) return undefined
      const { pathname, search } = new URL(request.url)
      const returnTo = safeReturn(`${pathname}${search}`)
      return page(
        'Sign in',
        html`<p class="govuk-body">Sign in with your council account to see and update your improvement board’s plan, meetings and reports.</p>
            <a href="${signInHref(returnTo)}" role="button" draggable="false" class="govuk-button govuk-button--start" data-module="govuk-button">Sign in<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg></a>
            <p class="govuk-body">If you cannot sign in, ask your council’s administrator for ${'Improvement Tracker'}.</p>`,
      )
    },
  }

  /**
   * The first person on an empty server sets it up and becomes its administrator: an empty council
   * gets them as its first chair (with the email they signed in with); the demo gets them added.
   */
  async function setUpAsFirst(request: Request, record: SessionRecord, handle: (request: Request) => Promise<Response>): Promise<Response> {
    const text = await request.text()
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
    const start = typeof body === 'object' && body !== null && 'start' in body ? body.start : undefined
    const sent = start === 'empty' ? JSON.stringify({ ...(body as object), chairEmail: record.email }) : text
    const response = await handle(new Request(request, { body: sent }))
    if (response.status !== 201) return response
    let personId: string | undefined
    if (start === 'empty') {
      const result = (await response.clone().json()) as { actAs?: { id?: unknown } | null }
      personId = typeof result.actAs?.id === 'string' ? result.actAs.id : undefined
    } else {
      personId = await db.store.write(async (tx) => {
        const known = (await tx.people.all()).find((person) => person.email === record.email)
        if (known) {
          const next = { ...known, isAdmin: true, active: true, version: known.version + 1 }
          await tx.people.put(next)
          await recordPersonChanges(tx, null, { people: [{ before: known, after: next }] })
          return known.id
        }
        const admin: StoredPerson = { id: `person-${randomUUID()}`, name: record.name, jobTitle: 'Administrator', role: 'chair', email: record.email, isAdmin: true, active: true, version: 1 }
        await tx.people.add(admin)
        await recordPersonChanges(tx, null, { people: [{ before: null, after: admin }] })
        return admin.id
      })
    }
    if (personId) {
      await sessions.bind(record.id, personId)
      logger.info('the first person set the council up and is its administrator', { sessionId: record.id, personId })
    }
    return response
  }
}

/** /auth/sign-in, coming back to `returnTo` afterwards. */
export function signInHref(returnTo: string): string {
  return returnTo === '/' ? authPaths.signIn : `${authPaths.signIn}?return=${encodeURIComponent(returnTo)}`
}

/** A path on this site to come back to after sign-in; anything else (another site, //host, /auth/…) is the home page. */
export function safeReturn(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.length > 2000) return '/'
  try {
    const base = 'http://this.site'
    const url = new URL(value, base)
    if (url.origin !== base || url.pathname.startsWith('/auth/')) return '/'
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return '/'
  }
}

/** A new secret for a cookie: 256 random bits. */
function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** What is kept of a cookie's secret. */
export function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

/** "Firefox on Windows": enough for a person to tell their sessions apart. */
export function deviceOf(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : 'A browser'
  const system = /iPhone/.test(userAgent)
    ? 'iPhone'
    : /iPad/.test(userAgent)
      ? 'iPad'
      : /Android/.test(userAgent)
        ? 'Android'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(userAgent)
            ? 'Mac'
            : /CrOS/.test(userAgent)
              ? 'Chromebook'
              : /Linux/.test(userAgent)
                ? 'Linux'
                : ''
  return system ? `${browser} on ${system}` : browser
}

function toPerson(person: StoredPerson): Person {
  return person
}

function problem(body: Problem): Response {
  return new Response(JSON.stringify(body), { status: body.status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } })
}

function notAllowed(allow: string): Response {
  const response = problem({ type: problemTypes.methodNotAllowed, title: 'Method not allowed', status: 405, detail: `Use ${allow}.` })
  response.headers.set('Allow', allow === 'GET' ? 'GET, HEAD' : allow)
  return response
}

function withHeader(request: Request, name: string, value: string): Request {
  const headers = new Headers(request.headers)
  headers.set(name, value)
  return new Request(request, { headers })
}
