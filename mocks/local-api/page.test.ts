import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TrackerDatabase } from '../db/database'
import { EARLY_WORKER_KEY } from './early-start'
import { browserHoldsNoData, startLocalApi } from './page'
import { WIRE_VERSION, type FromWorker, type ToWorker } from './wire'

describe('browserHoldsNoData', () => {
  it('is sure only while the local API’s database does not exist at all', async () => {
    const name = `holds-no-data-${crypto.randomUUID()}`
    expect(await browserHoldsNoData(name)).toBe(true)
    const database = new TrackerDatabase(name)
    await database.open()
    database.close()
    // An empty database is no proof of a council, but no longer proof of none: the root loader decides.
    expect(await browserHoldsNoData(name)).toBe(false)
    await database.delete()
    expect(await browserHoldsNoData(name)).toBe(true)
  })
})

describe('a local API whose worker stops after it started', () => {
  // startLocalApi() puts its own fetch in place of the page's; the test environment's is read-only.
  const original = Object.getOwnPropertyDescriptor(globalThis, 'fetch')!
  beforeEach(() => {
    Object.defineProperty(globalThis, 'fetch', { value: globalThis.fetch, writable: true, configurable: true })
  })
  afterEach(() => {
    Object.defineProperty(globalThis, 'fetch', original)
    vi.unstubAllGlobals()
  })

  /** A shared worker as index.html's script leaves it for page.ts, whose other end the test plays; and Web Locks whose grant the test decides. */
  function workerAndLocks() {
    const channel = new MessageChannel()
    const fromPage: ToWorker[] = []
    channel.port2.onmessage = (event: MessageEvent<ToWorker>) => fromPage.push(event.data)
    const worker = Object.assign(new EventTarget(), { port: channel.port1 })
    ;(globalThis as Record<string, unknown>)[EARLY_WORKER_KEY] = { worker, failed: false }
    const asked: { name: string; mode: string; grant: () => void }[] = []
    vi.stubGlobal('navigator', {
      locks: {
        request: (name: string, options: { mode: string }, callback: () => void) =>
          new Promise<void>((resolve) => asked.push({ name, mode: options.mode, grant: () => resolve(callback()) })),
      },
    })
    const say = (message: FromWorker) => channel.port2.postMessage(message)
    return { say, fromPage, asked }
  }

  it('fails the requests still waiting and every later one, and says so, once the worker’s lock is released', async () => {
    const { say, fromPage, asked } = workerAndLocks()
    const onStopped = vi.fn()
    const started = startLocalApi({ onStopped })
    say({ type: 'ready', version: WIRE_VERSION, alive: 'api:alive:1' })
    await started
    expect(asked).toEqual([expect.objectContaining({ name: 'api:alive:1', mode: 'shared' })])

    const waiting = fetch('/api/boards')
    await vi.waitFor(() => expect(fromPage).toHaveLength(1))
    expect(onStopped).not.toHaveBeenCalled()

    asked[0]!.grant()
    await expect(waiting).rejects.toThrow(TypeError)
    await expect(waiting).rejects.toThrow('The app’s data service has stopped')
    expect(onStopped).toHaveBeenCalledOnce()
    await expect(fetch('/api/people')).rejects.toThrow('The app’s data service has stopped')
    expect(fromPage).toHaveLength(1)
  })

  it('keeps answering while the worker runs (the lock is not granted), and watches nothing where the worker holds no lock', async () => {
    const { say, fromPage, asked } = workerAndLocks()
    const started = startLocalApi()
    say({ type: 'ready', version: WIRE_VERSION })
    await started
    expect(asked).toEqual([])
    const answered = fetch('/api/boards')
    await vi.waitFor(() => expect(fromPage).toHaveLength(1))
    const request = fromPage[0]!
    if (request.type !== 'request') throw new Error('expected a request')
    say({ type: 'response', id: request.id, status: 200, statusText: 'OK', headers: [['content-type', 'application/json']], body: new TextEncoder().encode('[]').buffer })
    expect(await (await answered).json()).toEqual([])
  })
})
