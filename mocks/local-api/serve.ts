import { CHANGES_CHANNEL, type ChangeNotice } from '@/contract/changes'
import { changesData } from '@/contract/changes-data'
import { problemTypes } from '@/contract/problem'
import { db } from '../db/database'
import { dexieStore } from '../db/dexie-store'
import { chooseStore } from '../db/store'
import { answerWith } from '../handlers/answer-with'
import { problemResponse, progressFor } from '../handlers/http'
import { handlers } from '../handlers/index'
import type { PageClock } from './page-clock'
import { API_WORKER_NAME, fromWireRequest, toWireResponse, transferables, WIRE_VERSION, type FromWorker, type ToWorker } from './wire'

/** One end of a conversation with a page: the dedicated worker's scope, or a shared worker's port. */
export interface PagePort {
  postMessage: (message: FromWorker, transfer: Transferable[]) => void
  addEventListener: (type: 'message', listener: (event: MessageEvent<ToWorker>) => void) => void
  start?: () => void
}

/** Said when another tab opened a newer version of the store and this worker closed its copy. */
export const NEWER_VERSION_ELSEWHERE =
  'A newer version of the app is open in another tab and has updated the data store. Reload this page to use it.'

const pages = new Set<PagePort>()
let retired = false
let starting: Promise<void> | undefined

/** Opens the store once per worker; every page this worker serves waits for the same start. */
export function startApi(): Promise<void> {
  starting ??= openStore()
  return starting
}

interface LockManagerLike {
  request: (name: string, callback: () => Promise<void>) => Promise<void>
}

let alive: Promise<string | undefined> | undefined

/**
 * A Web Lock this worker takes when it starts and never lets go: the browser releases it only when
 * the worker stops (it crashed, or the browser ended it). Each page asks for the same lock and so
 * learns at once that the API has gone, instead of waiting for answers that will never come.
 * Taken once per worker; its name, for the `ready` message, or undefined where there are no Web Locks.
 */
export function aliveLock(): Promise<string | undefined> {
  alive ??= holdLockForLife((globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks)
  return alive
}

/** Takes a lock of this worker's own (two tabs' dedicated workers must not wait for each other) and holds it for good. */
export function holdLockForLife(locks: LockManagerLike | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    if (!locks) {
      resolve(undefined)
      return
    }
    const name = `${API_WORKER_NAME}:alive:${crypto.randomUUID()}`
    locks
      .request(name, () => {
        resolve(name)
        return new Promise<void>(() => undefined)
      })
      .catch(() => resolve(undefined))
  })
}

async function openStore(): Promise<void> {
  if (typeof indexedDB === 'undefined') {
    throw new Error('This browser does not let the app store data (IndexedDB is not available). Private browsing windows in some browsers turn it off.')
  }
  // Let a newer version in another tab upgrade the database instead of blocking it; the pages served here then ask to reload.
  db.on('versionchange', () => {
    db.close()
    retired = true
    for (const page of pages) page.postMessage({ type: 'newer-version-elsewhere' }, [])
    return false
  })
  try {
    const opening = db.open()
    // While the browser opens the database (Dexie asks for it a microtask from now) the worker's
    // thread would only wait: it loads the browser's collation data there instead, which the first
    // answers need (lists are sorted by name for en-GB) and whose first use costs 10–30 ms. The
    // open itself takes 2–9 ms on a cold start, so only that much is hidden; the rest moves from
    // the first answer to the start, where no page waits on one request more than on the others.
    setTimeout(warmUpCollation, 0)
    await opening
  } catch (error) {
    throw new Error(
      `The app could not open its data store in this browser (${error instanceof Error ? error.message : String(error)}). Private browsing, or storage turned off in the browser’s settings, can cause this.`,
    )
  }
  chooseStore(dexieStore(db))
}

/** Compares once as the handlers do, so that the browser loads its collation data now, not in the first answer. */
function warmUpCollation(): void {
  'a'.localeCompare('b', 'en-GB')
  'a'.localeCompare('b')
}

const answerRequest = answerWith(handlers)
const changes = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANGES_CHANNEL)

/**
 * Serves one page: tells it whether the API started, then answers each request it sends with the
 * handlers, and announces every accepted write to the app's tabs (as from the page that wrote).
 */
export function serve(port: PagePort, clock: PageClock): void {
  pages.add(port)
  const aborted = new Set<number>()
  port.addEventListener('message', (event) => {
    const message = event.data
    if (message.type === 'abort') {
      aborted.add(message.id)
      return
    }
    void answerOne(message.id, message).then((reply) => {
      if (aborted.delete(message.id)) return
      port.postMessage(reply, transferables(reply))
    })
  })
  port.start?.()
  Promise.all([startApi(), aliveLock()]).then(
    ([, lock]) => port.postMessage(retired ? { type: 'failed', reason: NEWER_VERSION_ELSEWHERE } : { type: 'ready', version: WIRE_VERSION, ...(lock ? { alive: lock } : {}) }, []),
    (error: unknown) => port.postMessage({ type: 'failed', reason: error instanceof Error ? error.message : String(error) }, []),
  )

  async function answerOne(id: number, message: Extract<ToWorker, { type: 'request' }>) {
    clock.follow(message.now)
    let response: Response
    try {
      const request = fromWireRequest(message)
      progressFor.set(request, (phase, done, total) => port.postMessage({ type: 'progress', id, phase, done, total }, []))
      response = await answerRequest(request)
    } catch (error) {
      console.error('Local API failure', error)
      response = problemResponse({ type: problemTypes.internal, title: 'Something went wrong', status: 500, detail: 'The change was not saved. Try again.' })
    }
    const path = new URL(message.url).pathname
    if (changes && response.ok && changesData(message.method, path)) {
      const notice: ChangeNotice = { type: 'changed', tab: message.tab, method: message.method, path }
      changes.postMessage(notice)
    }
    return toWireResponse(id, response)
  }
}
