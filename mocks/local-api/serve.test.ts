import { afterEach, describe, expect, it } from 'vitest'
import { CHANGES_CHANNEL, type ChangeNotice } from '@/contract/changes'
import { pageClock } from './page-clock'
import { holdLockForLife, serve, type PagePort } from './serve'
import { API_WORKER_NAME, fromWireResponse, type FromWorker, type ToWorker } from './wire'

/** A page talking to `serve` over a real MessageChannel, as a shared worker's port does. */
function connect() {
  const channel = new MessageChannel()
  serve(channel.port1 as unknown as PagePort, pageClock(() => Date.now()))
  const received: FromWorker[] = []
  const waiters: (() => void)[] = []
  channel.port2.onmessage = (event: MessageEvent<FromWorker>) => {
    received.push(event.data)
    for (const wake of waiters.splice(0)) wake()
  }
  async function next<T extends FromWorker['type']>(type: T, id?: number): Promise<Extract<FromWorker, { type: T }>> {
    for (;;) {
      const found = received.find((message) => message.type === type && (id === undefined || ('id' in message && message.id === id)))
      if (found) return found as Extract<FromWorker, { type: T }>
      await new Promise<void>((wake) => waiters.push(wake))
    }
  }
  let id = 0
  async function ask(method: string, path: string, body?: unknown, tab = 'tab-a') {
    const message: ToWorker = {
      type: 'request',
      id: ++id,
      tab,
      now: Date.now(),
      method,
      url: `http://app.test${path}`,
      headers: body === undefined ? [] : [['content-type', 'application/json']],
      body: body === undefined ? null : new TextEncoder().encode(JSON.stringify(body)).buffer,
    }
    channel.port2.postMessage(message)
    return fromWireResponse(await next('response', message.id), message.url, method)
  }
  return { next, ask, close: () => channel.port1.close() }
}

const opened: { close: () => void }[] = []
afterEach(() => {
  for (const page of opened.splice(0)) page.close()
})

describe('the local API worker serving a page', () => {
  it('says it is ready, then answers with the handlers and the contract’s headers', async () => {
    const page = connect()
    opened.push(page)
    expect(await page.next('ready')).toEqual({ type: 'ready', version: 1 })
    const response = await page.ask('GET', '/api/council')
    expect(response.headers.get('x-local-api')).toBe('1')
    expect(response.headers.get('content-type')).toMatch(/json/)
    const unknown = await page.ask('GET', '/api/no-such-thing')
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toBe('application/problem+json')
  })

  it('announces an accepted write to the tabs, as from the page that made it, and not a refused one', async () => {
    const page = connect()
    opened.push(page)
    await page.next('ready')
    const notices: ChangeNotice[] = []
    const listener = new BroadcastChannel(CHANGES_CHANNEL)
    listener.onmessage = (event: MessageEvent<ChangeNotice>) => notices.push(event.data)
    try {
      const refused = await page.ask('POST', '/api/setup', { start: 'nonsense' }, 'tab-b')
      expect(refused.status).toBe(400)
      const created = await page.ask('POST', '/api/setup', { start: 'demo' }, 'tab-b')
      expect(created.status).toBeLessThan(300)
      await expect.poll(() => notices).toEqual([{ type: 'changed', tab: 'tab-b', method: 'POST', path: '/api/setup' }])
    } finally {
      listener.close()
    }
  })
})

describe('the lock a worker holds for life', () => {
  it('is its own, taken before it says so, and never let go', async () => {
    const held: { name: string; released: boolean }[] = []
    const locks = {
      request: async (name: string, callback: () => Promise<void>) => {
        const entry = { name, released: false }
        held.push(entry)
        await callback()
        entry.released = true
      },
    }
    const first = await holdLockForLife(locks)
    const second = await holdLockForLife(locks)
    expect(first).toMatch(new RegExp(`^${API_WORKER_NAME}:alive:`))
    expect(second).not.toBe(first)
    expect(held.map((entry) => entry.name)).toEqual([first, second])
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(held.every((entry) => !entry.released)).toBe(true)
  })

  it('is none where the browser has no Web Locks, or refuses the request', async () => {
    expect(await holdLockForLife(undefined)).toBeUndefined()
    expect(await holdLockForLife({ request: () => Promise.reject(new DOMException('denied', 'SecurityError')) })).toBeUndefined()
  })
})
