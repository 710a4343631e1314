import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { problemSchema } from '@/contract/problem'
import { createServerApp, CROSS_SITE_DETAIL, READ_ONLY_DETAIL, type ServerApp } from './app'
import { collectingLogger, mainScript, tempDist } from './testing/fixtures'
import { memoryDatabase, type MemoryDatabase } from './testing/memory-database'

const ORIGIN = 'http://tracker.test'

let db: MemoryDatabase
let dist: Awaited<ReturnType<typeof tempDist>>
let logger: ReturnType<typeof collectingLogger>
let seen: Request[]
let server: ServerApp

/** A stand-in for the API core: it answers, and remembers what reached it. */
async function tinyApi(request: Request): Promise<Response> {
  seen.push(request)
  const { pathname } = new URL(request.url)
  if (pathname === '/api/explode') throw new Error('kaboom')
  if (request.method === 'GET') return Response.json([{ id: 'p-1', actingAs: request.headers.get('X-Acting-As') }])
  if (pathname === '/api/refused') return Response.json({ type: '/problems/validation', title: 'Invalid request', status: 400 }, { status: 400 })
  return Response.json({ id: 'p-2' }, { status: 201 })
}

function start(devIdentity: boolean, heartbeatMs = 15_000) {
  server = createServerApp({ db, devIdentity, distDir: dist.dir, logger, handleApi: tinyApi, heartbeatMs, healthTimeoutMs: 200 })
}

function call(path: string, init: RequestInit = {}) {
  return server.app.fetch(new Request(`${ORIGIN}${path}`, init))
}

beforeEach(async () => {
  db = memoryDatabase()
  dist = await tempDist()
  logger = collectingLogger()
  seen = []
})

afterEach(async () => {
  await server.drain()
  await db.close()
  await dist.remove()
})

async function readProblem(response: Response) {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json')
  return problemSchema.parse(await response.json())
}

describe('GET /api/health', () => {
  it('answers 200 with the database once it answers', async () => {
    start(false)
    const response = await call('/api/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: 'memory (test)' })
    expect(response.headers.get('X-Local-API')).toBe('1')
  })

  it('answers 503 with a problem while the database does not, and while shutting down', async () => {
    start(false)
    db.reachable = false
    const down = await call('/api/health')
    expect(down.status).toBe(503)
    expect(await readProblem(down)).toMatchObject({ status: 503, title: 'Database unavailable' })
    db.reachable = true
    await server.drain()
    expect((await call('/api/health')).status).toBe(503)
  })
})

describe('GET /api/server', () => {
  it('says which identity mode the server runs in', async () => {
    start(false)
    expect(await (await call('/api/server')).json()).toEqual({ mode: 'server', identity: 'none' })
    start(true)
    expect(await (await call('/api/server')).json()).toEqual({ mode: 'server', identity: 'development' })
  })
})

describe('without --dev-identity', () => {
  beforeEach(() => start(false))

  it.each(['POST', 'PATCH', 'DELETE', 'PUT'])('refuses a %s with 403 before the API core sees it', async (method) => {
    const response = await call('/api/people', { method, headers: { 'X-Acting-As': 'p-chair', 'Content-Type': 'application/json' }, body: '{}' })
    expect(response.status).toBe(403)
    expect(response.headers.get('X-Local-API')).toBe('1')
    expect(await readProblem(response)).toEqual({ type: '/problems/forbidden', title: 'Not allowed', status: 403, detail: READ_ONLY_DETAIL })
    expect(seen).toEqual([])
    expect(db.notices).toEqual([])
  })

  it('answers reads, with X-Acting-As taken off', async () => {
    const response = await call('/api/people', { headers: { 'X-Acting-As': 'p-chair' } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual([{ id: 'p-1', actingAs: null }])
    expect(seen[0]!.headers.has('X-Acting-As')).toBe(false)
  })
})

describe('with --dev-identity', () => {
  beforeEach(() => start(true))

  it('passes a write through with X-Acting-As, and announces it as from the tab that wrote', async () => {
    const response = await call('/api/people', { method: 'POST', headers: { 'X-Acting-As': 'p-chair', 'X-Tab': 'tab-1' }, body: '{}' })
    expect(response.status).toBe(201)
    expect(seen[0]!.headers.get('X-Acting-As')).toBe('p-chair')
    expect(db.notices).toEqual([{ type: 'changed', tab: 'tab-1', method: 'POST', path: '/api/people' }])
  })

  it('announces a write with no (or an odd) X-Tab as from the server', async () => {
    await call('/api/people', { method: 'POST', body: '{}' })
    await call('/api/people', { method: 'POST', headers: { 'X-Tab': 'a tab\u00e9' }, body: '{}' })
    expect(db.notices.map((notice) => notice.tab)).toEqual(['server', 'server'])
  })

  it('announces neither a refused write nor a read', async () => {
    expect((await call('/api/refused', { method: 'POST', body: '{}' })).status).toBe(400)
    expect((await call('/api/people')).status).toBe(200)
    expect(db.notices).toEqual([])
  })

  it('marks every API answer, its own and the core’s, as the API’s and not to be cached', async () => {
    for (const path of ['/api/people', '/api/health', '/api/server']) {
      const response = await call(path)
      expect(response.headers.get('X-Local-API'), path).toBe('1')
      expect(response.headers.get('Cache-Control'), path).toBe('no-store')
    }
  })

  it('answers a failure of the API core with a 500 problem, and logs it with its stack', async () => {
    const response = await call('/api/explode')
    expect(response.status).toBe(500)
    expect(response.headers.get('X-Local-API')).toBe('1')
    expect(await readProblem(response)).toMatchObject({ type: '/problems/internal', status: 500 })
    const logged = logger.lines.find((line) => line.level === 'error')
    expect(logged).toMatchObject({ message: 'request failed', path: '/api/explode', method: 'GET' })
    expect((logged!.error as Error).stack).toContain('kaboom')
  })
})

describe('the request log', () => {
  it('has one line per request: method, path, status, time taken and request id', async () => {
    start(false)
    const response = await call('/api/people?q=x', { headers: { 'X-Request-Id': 'req-42' } })
    await call('/boards')
    expect(response.headers.get('X-Request-Id')).toBe('req-42')
    const requests = logger.lines.filter((line) => line.message === 'request')
    expect(requests).toEqual([
      { level: 'info', message: 'request', method: 'GET', path: '/api/people', status: 200, ms: expect.any(Number), requestId: 'req-42' },
      { level: 'info', message: 'request', method: 'GET', path: '/boards', status: 200, ms: expect.any(Number), requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    ])
  })
})

/** Reads a server-sent event stream until `done` says what has arrived is enough. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, done: (text: string) => boolean): Promise<string> {
  const decoder = new TextDecoder()
  let text = ''
  while (!done(text)) {
    const { value, done: ended } = await reader.read()
    if (ended) throw new Error(`The stream ended after: ${text}`)
    text += decoder.decode(value, { stream: true })
  }
  return text
}

describe('GET /api/events', () => {
  it('sends each accepted write to every open stream, through one listener', async () => {
    start(true)
    const first = await call('/api/events')
    const second = await call('/api/events')
    expect(first.headers.get('Content-Type')).toBe('text/event-stream; charset=utf-8')
    expect(first.headers.get('X-Local-API')).toBe('1')
    expect(server.openStreams).toBe(2)
    expect(db.listeners).toBe(1)
    const readers = [first.body!.getReader(), second.body!.getReader()]
    await call('/api/people', { method: 'POST', headers: { 'X-Tab': 'tab-1' }, body: '{}' })
    for (const reader of readers) {
      const text = await readUntil(reader, (got) => got.includes('data: '))
      const data = text.split('\n').find((line) => line.startsWith('data: '))!
      expect(JSON.parse(data.slice('data: '.length))).toEqual({ type: 'changed', tab: 'tab-1', method: 'POST', path: '/api/people' })
    }
  })

  it('sends a notice another server process announced', async () => {
    start(false)
    const reader = (await call('/api/events')).body!.getReader()
    await db.notify({ type: 'changed', tab: 'tab-elsewhere', method: 'PATCH', path: '/api/boards/b-1' })
    expect(await readUntil(reader, (got) => got.includes('data: '))).toContain('"tab":"tab-elsewhere"')
  })

  it('keeps an idle stream alive with comment lines', async () => {
    start(false, 20)
    const reader = (await call('/api/events')).body!.getReader()
    expect(await readUntil(reader, (got) => got.includes(': heartbeat\n\n'))).toMatch(/^: connected\n\n/)
  })

  it('forgets a stream when its page goes away', async () => {
    start(false)
    const page = new AbortController()
    await call('/api/events', { signal: page.signal })
    expect(server.openStreams).toBe(1)
    page.abort()
    expect(server.openStreams).toBe(0)
  })

  it('ends every stream when the server drains, and opens no more', async () => {
    start(false)
    const reader = (await call('/api/events')).body!.getReader()
    await server.drain()
    await expect(readUntil(reader, () => false)).rejects.toThrow('The stream ended')
    expect(db.listeners).toBe(0)
    expect((await call('/api/events')).status).toBe(503)
  })
})

describe('the built app', () => {
  beforeEach(() => start(true))

  it.each([
    ['/assets/main-Ab12Cd.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/assets/main-Ef34Gh.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8', 'no-cache'],
  ])('serves %s as %s, cached as %s', async (path, type, cache) => {
    const response = await call(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe(type)
    expect(response.headers.get('Cache-Control')).toBe(cache)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(response.headers.has('X-Local-API')).toBe(false)
  })

  it('answers index.html, told it is served by the server, for every path the app routes', async () => {
    for (const path of ['/', '/boards/board-1', '/milestones/m-1/edit?x=1', '/index.html']) {
      const response = await call(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('Cache-Control')).toBe('no-cache')
      const html = await response.text()
      expect(html).toContain('<meta charset="utf-8" />\n    <meta name="improvement-tracker-api" content="server" />')
      expect(html).toContain('<meta name="improvement-tracker-identity" content="development" />')
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`)
      expect(html).toContain('Shared server — development mode: anyone can choose who they act as. Not for real use.')
      expect(html).not.toContain('Browser-only')
    }
  })

  it('answers a missing asset with 404, never with the page', async () => {
    const response = await call('/assets/main-Old999.js')
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8')
  })

  it('never serves a file outside the built app', async () => {
    const name = `${dist.dir.split('/').pop()}-secret.txt`
    for (const path of [`/..%2F${name}`, `/%2e%2e/${name}`, `/assets/..%2F..%2F${name}`]) {
      const text = await (await call(path)).text()
      expect(text, path).not.toContain('secret')
    }
  })

  it('answers 304 to a browser that has the page or file already', async () => {
    for (const path of ['/boards', '/assets/main-Ab12Cd.js']) {
      const etag = (await call(path)).headers.get('ETag')!
      const again = await call(path, { headers: { 'If-None-Match': etag } })
      expect(again.status, path).toBe(304)
    }
  })

  it('compresses what is worth it for a browser that accepts gzip', async () => {
    const response = await call('/assets/main-Ab12Cd.js', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers.get('Content-Encoding')).toBe('gzip')
    const text = await new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).text()
    expect(text).toBe(mainScript)
  })

  it('refuses any method but GET and HEAD outside /api', async () => {
    const response = await call('/boards', { method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.get('Allow')).toBe('GET, HEAD')
  })
})

describe('requests from other sites, and the headers every answer carries', () => {
  const change = (headers: Record<string, string>) => call('/api/people', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' })

  it('refuses a change a page of another site sends (403), before it reaches the API', async () => {
    start(true)
    const forged: Array<Record<string, string>> = [{ Origin: 'https://evil.example' }, { Origin: 'null' }, { 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site', Origin: 'http://other.tracker.test' }]
    for (const headers of forged) {
      const response = await change(headers)
      expect(response.status, JSON.stringify(headers)).toBe(403)
      expect((await readProblem(response)).detail).toBe(CROSS_SITE_DETAIL)
    }
    expect(seen).toEqual([])
  })

  it('takes a change from its own pages, behind a TLS proxy too, and from a script that sends no Origin', async () => {
    start(true)
    expect((await change({ Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(201)
    expect((await change({ Origin: 'https://tracker.example', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'tracker.example' })).status).toBe(201)
    expect((await change({})).status).toBe(201)
    expect(seen).toHaveLength(3)
  })

  it('sends no-sniff, a same-origin referrer policy and frame-ancestors none on the page and the API; HSTS only on https', async () => {
    start(true)
    for (const path of ['/', '/api/people']) {
      const response = await call(path)
      expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'")
      expect(response.headers.get('X-Frame-Options')).toBe('DENY')
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(response.headers.get('Referrer-Policy')).toBe('same-origin')
      expect(response.headers.get('Strict-Transport-Security')).toBeNull()
    }
    expect((await call('/api/people')).headers.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    const secure = await call('/', { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(secure.headers.get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains')
  })
})
