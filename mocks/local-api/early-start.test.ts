import { afterEach, describe, expect, it } from 'vitest'
import { API_MODE_META } from '@/contract/modes'
import { DATABASE_NAME } from '../db/database-name'
import { EARLY_WORKER_KEY, earlyStartScript, takeEarlyWorker } from './early-start'
import { API_WORKER_NAME } from './wire'

/** A stand-in for the browser's SharedWorker: remembers how it was made, and can report an error. */
class FakeSharedWorker extends EventTarget {
  static made: FakeSharedWorker[] = []
  readonly port = { start: () => undefined }
  constructor(
    readonly url: string,
    readonly options: { type: string; name: string },
  ) {
    super()
    FakeSharedWorker.made.push(this)
  }
}

interface PageOptions {
  /** The content of the shared server's meta tag, when it serves the page. */
  metaContent?: string
  noSharedWorker?: boolean
  /** The databases the browser holds; `undefined`: it cannot list them. */
  databases?: string[] | undefined
}

/** Runs index.html's first script as a page would, then lets the browser's answers arrive. */
async function runInPage(script: string, { metaContent, noSharedWorker = false, databases = [DATABASE_NAME] }: PageOptions = {}) {
  const document = { querySelector: (selector: string) => (metaContent && selector === `meta[name="${API_MODE_META}"][content="${metaContent}"]` ? {} : null) }
  const indexedDB = databases ? { databases: () => Promise.resolve(databases.map((name) => ({ name, version: 1 }))) } : {}
  const window = Object.assign(globalThis, { indexedDB })
  new Function('window', 'document', 'SharedWorker', 'indexedDB', script)(window, document, noSharedWorker ? undefined : FakeSharedWorker, indexedDB)
  await new Promise((resolve) => setTimeout(resolve, 0))
}

afterEach(() => {
  FakeSharedWorker.made = []
  delete (globalThis as Record<string, unknown>)[EARLY_WORKER_KEY]
  delete (globalThis as Record<string, unknown>).indexedDB
})

describe('the early start of the local API (index.html)', () => {
  const script = earlyStartScript('/assets/api/worker-abc.js')

  it('starts the shared worker for a returning visitor, as page.ts would, and hands it over once', async () => {
    await runInPage(script)
    expect(FakeSharedWorker.made).toHaveLength(1)
    expect(FakeSharedWorker.made[0]).toMatchObject({ url: '/assets/api/worker-abc.js', options: { type: 'module', name: API_WORKER_NAME } })
    const early = takeEarlyWorker()
    expect(early?.worker).toBe(FakeSharedWorker.made[0])
    expect(early?.failed).toBe(false)
    expect(takeEarlyWorker()).toBeUndefined()
  })

  it('remembers a script that failed before the page listened', async () => {
    await runInPage(script)
    FakeSharedWorker.made[0]?.dispatchEvent(new Event('error'))
    expect(takeEarlyWorker()?.failed).toBe(true)
  })

  it('leaves a first visit’s worker to start with the UI', async () => {
    await runInPage(script, { databases: ['another-app'] })
    expect(FakeSharedWorker.made).toHaveLength(0)
  })

  it('starts the worker when the browser cannot list its databases', async () => {
    await runInPage(script, { databases: undefined })
    expect(FakeSharedWorker.made).toHaveLength(1)
  })

  it('starts none once the page has started its own', async () => {
    expect(takeEarlyWorker()).toBeUndefined()
    await runInPage(script)
    expect(FakeSharedWorker.made).toHaveLength(0)
  })

  it('starts nothing when the shared server serves the page', async () => {
    await runInPage(script, { metaContent: 'server' })
    expect(FakeSharedWorker.made).toHaveLength(0)
    expect(takeEarlyWorker()).toBeUndefined()
  })

  it('starts nothing where there are no shared workers (page.ts starts a dedicated one)', async () => {
    await runInPage(script, { noSharedWorker: true })
    expect(FakeSharedWorker.made).toHaveLength(0)
  })
})
