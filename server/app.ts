import { Hono, type Context } from 'hono'
import { compress } from 'hono/compress'
import { TAB_HEADER, type ChangeNotice } from '@/contract/changes'
import { changesData } from '@/contract/changes-data'
import type { ServerInfo } from '@/contract/modes'
import { apiPaths, authPaths } from '@/contract/paths'
import { ACTING_AS_HEADER, LOCAL_API_HEADER, PROBLEM_CONTENT_TYPE, problemTypes, type Problem } from '@/contract/problem'
import type { LiveSession, SignIn } from './auth/sign-in'
import { createChangeFeed } from './change-feed'
import type { Database } from './db/database'
import type { Logger } from './logger'
import { staticSite } from './static-site'

/** What the shared server's HTTP side is made of; every part is handed in, so tests choose each. */
export interface ServerAppOptions {
  db: Database
  /** Take X-Acting-As as who the person is (anyone may be anyone: trials only); without it or sign-in, refuse every change. */
  devIdentity: boolean
  /** People sign in with the council's identity provider (server/auth/); every /api request needs a live session. */
  signIn?: SignIn | undefined
  /** The built app (Vite's dist/). */
  distDir: string
  logger: Logger
  /** Answers an `/api` request with the API core (the handlers over the chosen store). */
  handleApi: (request: Request) => Promise<Response>
  /** How often an idle event stream gets a comment, so proxies keep it open (default 15 s). */
  heartbeatMs?: number
  /** How long /api/health waits for the database before answering 503 (default 3 s). */
  healthTimeoutMs?: number
}

/** The shared server's HTTP side, and how to wind it down. */
export interface ServerApp {
  /** Web-standard: `app.fetch(request)` answers a Request. */
  readonly app: Hono<Env>
  /** Starts shutting down: /api/health answers 503, the event streams end, listening for changes stops. */
  drain(): Promise<void>
  /** How many event streams are open. */
  readonly openStreams: number
}

type Env = { Variables: { requestId: string; live: LiveSession | undefined } }

/** Said to anyone who tries a change on a server started without --dev-identity. */
export const READ_ONLY_DETAIL =
  'This server takes no changes: sign-in is not set up yet. Nothing was changed. Whoever runs the server can start it with --dev-identity to try changes out, where anyone may act as anyone.'

export function createServerApp({ db, devIdentity, signIn, distDir, logger, handleApi, heartbeatMs = 15_000, healthTimeoutMs = 3_000 }: ServerAppOptions): ServerApp {
  const info: ServerInfo = { mode: 'server', identity: signIn ? 'sign-in' : devIdentity ? 'development' : 'none' }
  const feed = createChangeFeed(db, { heartbeatMs, logger })
  const site = staticSite(distDir, info.identity, signIn ? (request) => signIn.gate(request) : undefined)
  let draining = false
  const app = new Hono<Env>()

  app.use(async (c, next) => {
    const started = performance.now()
    const given = c.req.header('X-Request-Id')
    const requestId = given && /^[\w-]{1,100}$/.test(given) ? given : crypto.randomUUID()
    c.set('requestId', requestId)
    await next()
    c.header('X-Request-Id', requestId)
    logger.info('request', { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10, requestId })
  })

  app.use(async (c, next) => {
    await next()
    securityHeaders(c)
  })

  // A change sent by a page of another site is refused before anything else sees it: /api, and signing out.
  app.use(async (c, next) => {
    const unsafe = c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS'
    if (unsafe && fromAnotherSite(c, signIn?.origin)) return problem({ type: problemTypes.forbidden, title: 'Not allowed', status: 403, detail: CROSS_SITE_DETAIL })
    await next()
  })

  // The API client refuses any answer without this header (it could be a proxy's error page).
  app.use('/api/*', async (c, next) => {
    await next()
    c.header(LOCAL_API_HEADER, '1')
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store')
  })

  const health = async () => {
    if (draining) return problem({ type: problemTypes.unavailable, title: 'Shutting down', status: 503, detail: 'This server is shutting down.' })
    try {
      await withTimeout(db.ping(), healthTimeoutMs)
      return Response.json({ status: 'ok', database: db.description })
    } catch (error) {
      logger.warn('health check: the database did not answer', { error })
      return problem({ type: problemTypes.unavailable, title: 'Database unavailable', status: 503, detail: 'The server cannot reach its database.' })
    }
  }
  // Open to anyone in every mode, for load balancers and monitoring; with sign-in, /api/health needs a session like all of /api.
  app.get(authPaths.health, async (c) => {
    const response = await health()
    if (!c.res.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-store')
    return response
  })

  if (signIn) {
    // Every /api path, known or not, needs a live session; the request carries it on as `live`.
    const check = async (c: Context<Env>, next: () => Promise<void>) => {
      const outcome = await signIn.check(c.req.raw)
      if (outcome instanceof Response) return outcome
      c.set('live', outcome)
      await next()
    }
    app.use('/api', check)
    app.use('/api/*', check)
    app.all('/auth/*', async (c) => (await signIn.route(c.req.raw)) ?? site(c.req.raw))
  }

  app.get(apiPaths.health, health)

  app.get(apiPaths.server, () => Response.json(info))

  // With sign-in, a stream ends with its session: at once when this process ends it, else within a heartbeat.
  signIn?.onEnded((sessionId) => feed.endFor(sessionId))
  app.get(apiPaths.events, async (c) => {
    const live = c.get('live')
    const owner = signIn && live ? { key: live.record.id, stillLive: () => signIn.isLive(live.record.id) } : undefined
    const stream = draining ? null : await feed.open(c.req.raw.signal, owner)
    if (!stream) {
      return problem({ type: problemTypes.unavailable, title: 'Live updates unavailable', status: 503, detail: 'This server cannot send live updates just now.' })
    }
    return new Response(stream, {
      headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' },
    })
  })

  const api = async (c: Context<Env>) => {
    const writes = c.req.method !== 'GET' && c.req.method !== 'HEAD'
    const live = c.get('live')
    let response: Response
    let request = c.req.raw
    if (signIn && live) {
      const own = await signIn.sessionApi(request, live)
      if (own) return own
      response = await signIn.forward(request, live, handleApi)
    } else {
      if (!devIdentity && writes) return problem({ type: problemTypes.forbidden, title: 'Not allowed', status: 403, detail: READ_ONLY_DETAIL })
      request = devIdentity ? request : withoutHeader(request, ACTING_AS_HEADER)
      response = await handleApi(request)
    }
    if (changesData(c.req.method, c.req.path) && response.ok) {
      const notice: ChangeNotice = { type: 'changed', tab: tabOf(request), method: request.method, path: c.req.path }
      db.notify(notice).catch((error: unknown) => logger.error('change notice not sent', { error, requestId: c.get('requestId') }))
    }
    return response
  }
  app.all('/api', api)
  app.all('/api/*', api)

  app.get('*', compress(), (c) => site(c.req.raw))
  app.all('*', () => new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' } }))

  app.onError((error, c) => {
    logger.error('request failed', { error, requestId: c.get('requestId'), method: c.req.method, path: c.req.path })
    if (isApiPath(c.req.path)) {
      return problem({ type: problemTypes.internal, title: 'Something went wrong', status: 500, detail: 'The server could not answer. If this was a change, it was not saved. Try again.' })
    }
    return new Response('Something went wrong', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  })

  return {
    app,
    get openStreams() {
      return feed.size
    },
    async drain() {
      draining = true
      await feed.close()
    },
  }
}

/** Said to a change sent by a page of another site (cross-site request forgery). */
export const CROSS_SITE_DETAIL = 'Changes are taken only from this service’s own pages. Nothing was changed.'

/** The origin this server is reached at, as the browser sees it (a TLS proxy in front says so in X-Forwarded-Proto and -Host). */
function ownOrigin(c: Context<Env>): string {
  const url = new URL(c.req.url)
  const forwardedProto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim()
  const forwardedHost = c.req.header('X-Forwarded-Host')?.split(',')[0]?.trim()
  return `${forwardedProto ? `${forwardedProto}:` : url.protocol}//${forwardedHost ?? url.host}`
}

/**
 * A change sent by a page of another site. Browsers send Origin with every change a page makes
 * (and Sec-Fetch-Site): either naming anything but this server's own origin is refused. A
 * request with neither comes from a script or a tool, not from a page in a browser, and no
 * browser can be led to send it, so it is not a forgery.
 */
function fromAnotherSite(c: Context<Env>, publicOrigin: string | undefined): boolean {
  const site = c.req.header('Sec-Fetch-Site')
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true
  const origin = c.req.header('Origin')
  return origin !== undefined && origin !== (publicOrigin ?? ownOrigin(c))
}

/**
 * Every answer: no sniffing of content types, no referrer beyond this origin, never shown in a
 * frame (frame-ancestors, which a page's own meta policy cannot say), and on https, HSTS. The
 * page's full Content-Security-Policy is in index.html's meta tag (vite.config.ts); other answers
 * (JSON, files) may load nothing at all.
 */
function securityHeaders(c: Context<Env>): void {
  const html = c.res.headers.get('Content-Type')?.startsWith('text/html') ?? false
  // The server's own sign-in pages bring a full policy of their own.
  if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', html ? "frame-ancestors 'none'; base-uri 'none'; object-src 'none'" : "default-src 'none'; frame-ancestors 'none'")
  c.header('X-Frame-Options', 'DENY')
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Referrer-Policy', 'same-origin')
  if (ownOrigin(c).startsWith('https:')) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/')
}

/** A problem document (app/contract/problem.ts); the /api middleware adds the API's own headers. */
function problem(body: Problem): Response {
  return new Response(JSON.stringify(body), { status: body.status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } })
}

function withoutHeader(request: Request, name: string): Request {
  if (!request.headers.has(name)) return request
  const headers = new Headers(request.headers)
  headers.delete(name)
  return new Request(request, { headers })
}

/** The page that wrote (from X-Tab), so it can skip its own notice; `server` for a script that did not say. */
function tabOf(request: Request): string {
  const tab = request.headers.get(TAB_HEADER)
  return tab && /^[\w-]{1,100}$/.test(tab) ? tab : 'server'
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
