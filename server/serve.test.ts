import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from './serve'
import { collectingLogger, tempDist } from './testing/fixtures'
import { memoryDatabase, type MemoryDatabase } from './testing/memory-database'

let db: MemoryDatabase
let dist: Awaited<ReturnType<typeof tempDist>>
let logger: ReturnType<typeof collectingLogger>
let running: RunningServer | undefined
/** Requests to /api/slow wait for this. */
let release: (() => void) | undefined

async function handleApi(request: Request): Promise<Response> {
  if (new URL(request.url).pathname === '/api/slow') {
    const { promise, resolve } = Promise.withResolvers<void>()
    release = resolve
    await promise
  }
  return Response.json({ ok: true })
}

async function start(shutdownTimeoutMs = 10_000) {
  // Port 0: the system picks a free one, so test runs never collide.
  running = await startServer({ db, devIdentity: false, distDir: dist.dir, logger, handleApi, port: 0, host: '127.0.0.1', shutdownTimeoutMs })
  return running
}

async function until(condition: () => boolean) {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 200) throw new Error('gave up waiting')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

beforeEach(async () => {
  db = memoryDatabase()
  dist = await tempDist()
  logger = collectingLogger()
  release = undefined
})

afterEach(async () => {
  release?.()
  await running?.stop()
  running = undefined
  await dist.remove()
})

describe('startServer', () => {
  it('listens on the address asked, and says where', async () => {
    const { url } = await start()
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const response = await fetch(`${url}/api/health`)
    expect(response.status).toBe(200)
  })

  it('refuses to start on a port already taken', async () => {
    const { url } = await start()
    const port = Number(new URL(url).port)
    await expect(startServer({ db, devIdentity: false, distDir: dist.dir, logger, handleApi, port, host: '127.0.0.1' })).rejects.toThrow(/EADDRINUSE/)
  })

  it('forgets an event stream whose page has gone', async () => {
    const { url, serverApp } = await start()
    const page = new AbortController()
    const response = await fetch(`${url}/api/events`, { signal: page.signal })
    expect(response.status).toBe(200)
    expect(serverApp.openStreams).toBe(1)
    page.abort()
    await until(() => serverApp.openStreams === 0)
  })
})

describe('graceful shutdown', () => {
  it('ends the event streams, lets a request under way finish, takes no new ones, then closes the database', async () => {
    const { url } = await start()
    const events = (await fetch(`${url}/api/events`)).body!.getReader()
    await events.read() // ": connected"
    const slow = fetch(`${url}/api/slow`)
    await until(() => release !== undefined)
    let dbClosed = false
    void db.closed.then(() => (dbClosed = true))

    const stopped = running!.stop()
    // The stream ends at once: the page's EventSource reconnects (to another process behind a balancer).
    expect(await events.read()).toEqual({ done: true, value: undefined })
    await expect(fetch(`${url}/api/health`)).rejects.toThrow()
    expect(dbClosed).toBe(false)

    release!()
    expect(await (await slow).json()).toEqual({ ok: true })
    await stopped
    expect(dbClosed).toBe(true)
  })

  it('cuts a request still under way after the timeout, and still closes the database', async () => {
    const { url } = await start(200)
    const slow = fetch(`${url}/api/slow`).catch((error: unknown) => error)
    await until(() => release !== undefined)
    await running!.stop()
    expect(await slow).toBeInstanceOf(Error)
    await db.closed
    expect(logger.lines.find((line) => line.level === 'warn')).toMatchObject({ message: 'shutdown: requests still under way; closing their connections' })
  })
})
