import { API_PROGRESS_EVENT, THIS_TAB, type ApiProgress } from '@/contract/changes'
import { DATABASE_NAME } from '../db/database-name'
import { takeEarlyWorker } from './early-start'
import { API_WORKER_NAME, fromWireResponse, toWireRequest, transferables, WIRE_VERSION, type FromWorker, type ToWorker } from './wire'

interface StartOptions {
  /** Another tab opened a newer version of the store: this one's API has closed its copy and the page must reload. */
  onNewerVersionElsewhere?: () => void
  /** The worker stopped after it had started (it crashed, or the browser ended it): nothing more will be answered until a reload. */
  onStopped?: () => void
}

/** What a request meets once the worker has stopped: as the network would say, the API is not there. */
const stoppedError = () => new TypeError('The app’s data service has stopped. Reload the page to carry on; nothing you saved is lost.')

/** One end of the conversation with the worker: a dedicated worker itself, or a shared worker's port. */
interface WorkerPort {
  postMessage: (message: ToWorker, transfer: Transferable[]) => void
  addEventListener: (type: 'message', listener: (event: MessageEvent<FromWorker>) => void) => void
  start?: () => void
}

interface Pending {
  resolve: (response: Response) => void
  reject: (reason: unknown) => void
  url: string
  method: string
}

/** Whether a URL is this app's `/api`, which the local API answers; everything else goes to the network. */
function isLocalApi(url: URL): boolean {
  return url.origin === location.origin && /^\/api(\/|$)/.test(url.pathname)
}

/**
 * Whether this browser certainly holds no council: its database does not exist at all (a first
 * visit, or after the site's data was cleared). The page then heads for the welcome page without
 * waiting for the worker to open the store. `false` when unsure (the browser cannot list its
 * databases, or the worker has already created the database): the root loader's answer decides.
 */
export async function browserHoldsNoData(name: string = DATABASE_NAME): Promise<boolean> {
  try {
    const databases = await indexedDB.databases()
    return !databases.some((database) => database.name === name)
  } catch {
    return false
  }
}

/**
 * Starts the local API in a worker and answers this page's `/api` requests through it: `fetch`
 * hands each one to the worker and resolves with the worker's Response. The promise settles once
 * the worker has opened the store (or could not: its words say why, for the start-up failure
 * page). Requests made before then wait.
 */
export function startLocalApi({ onNewerVersionElsewhere, onStopped }: StartOptions = {}): Promise<void> {
  const { port, worker, failed } = startWorker()
  const pending = new Map<number, Pending>()
  let nextId = 1
  let stopped = false

  // The worker holds this lock for as long as it runs (serve.ts, aliveLock): granted to the page, it
  // means the worker has gone. Every request still waiting fails at once, as every later one will.
  const watchForStop = (lock: string | undefined) => {
    // Absent where the browser has none (older browsers; pages not served over HTTPS or from localhost).
    const locks: LockManager | undefined = navigator.locks
    if (!lock || !locks) return
    locks
      .request(lock, { mode: 'shared' }, () => {
        stopped = true
        for (const [id, waiting] of pending) {
          pending.delete(id)
          waiting.reject(stoppedError())
        }
        onStopped?.()
      })
      .catch(() => undefined)
  }
  let settle!: { resolve: () => void; reject: (error: Error) => void }
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }))
  // A page that never asks still must not report an unhandled rejection: main.tsx reads the failure.
  ready.catch(() => undefined)

  port.addEventListener('message', (event) => {
    const message = event.data
    switch (message.type) {
      case 'ready':
        if (message.version === WIRE_VERSION) {
          watchForStop(message.alive)
          settle.resolve()
        } else settle.reject(new Error('The app was updated while this page was open. Reload this page to use it.'))
        break
      case 'failed':
        settle.reject(new Error(message.reason))
        break
      case 'newer-version-elsewhere':
        onNewerVersionElsewhere?.()
        break
      case 'response': {
        const waiting = pending.get(message.id)
        if (!waiting) break
        pending.delete(message.id)
        waiting.resolve(fromWireResponse(message, waiting.url, waiting.method))
        break
      }
      case 'progress': {
        const waiting = pending.get(message.id)
        if (!waiting) break
        const detail: ApiProgress = { method: waiting.method, path: new URL(waiting.url).pathname, phase: message.phase, done: message.done, total: message.total }
        window.dispatchEvent(new CustomEvent(API_PROGRESS_EVENT, { detail }))
        break
      }
    }
  })
  port.start?.()
  // The script could not load or run (missing, refused by the CSP, an error at its start).
  const couldNotStart = () =>
    settle.reject(new Error('The app’s data service could not start in this browser. Reload the page; if this keeps happening, the app may be blocked by a browser setting.'))
  worker.addEventListener('error', couldNotStart)
  if (failed) couldNotStart()

  const nativeFetch = globalThis.fetch.bind(globalThis)
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    if (!isLocalApi(new URL(request.url))) return nativeFetch(input, init)
    await ready.catch((error: unknown) => {
      // As the network would: the API is not there to answer.
      throw new TypeError(error instanceof Error ? error.message : String(error))
    })
    request.signal.throwIfAborted()
    if (stopped) throw stoppedError()
    const id = nextId++
    const message = await toWireRequest(request, id, THIS_TAB, Date.now())
    return new Promise<Response>((resolve, reject) => {
      pending.set(id, { resolve, reject, url: request.url, method: request.method })
      request.signal.addEventListener('abort', () => {
        if (!pending.delete(id)) return
        port.postMessage({ type: 'abort', id }, [])
        reject(request.signal.reason)
      })
      port.postMessage(message, transferables(message))
    })
  }

  return ready.then(() => void retireServiceWorker())
}

/**
 * One API for every tab of this browser where shared workers exist (its one writer keeps the tabs
 * in step), else one per page. The built index.html has usually started the shared worker already
 * (early-start.ts); this page then takes it. In development a dedicated worker, so that an edited
 * API is never kept alive by another open tab. Vite finds the worker's script by these literal
 * `new URL` calls.
 */
function startWorker(): { port: WorkerPort; worker: EventTarget; failed: boolean } {
  const early = takeEarlyWorker()
  if (early) return { port: early.worker.port as unknown as WorkerPort, worker: early.worker, failed: early.failed }
  if (typeof SharedWorker === 'function' && !import.meta.env.DEV) {
    try {
      const shared = new SharedWorker(new URL('./worker.ts', import.meta.url), { type: 'module', name: API_WORKER_NAME })
      return { port: shared.port as unknown as WorkerPort, worker: shared, failed: false }
    } catch {
      // Refused (a browser setting): a dedicated worker serves this page alone.
    }
  }
  const dedicated = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: API_WORKER_NAME })
  return { port: dedicated as unknown as WorkerPort, worker: dedicated, failed: false }
}

/** Unregisters the service worker that earlier releases answered `/api` with; it would only add a hop now. */
async function retireServiceWorker(): Promise<void> {
  const registrations = (await navigator.serviceWorker?.getRegistrations().catch(() => [])) ?? []
  await Promise.all(
    registrations
      .filter((registration) => (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL.endsWith('/mockServiceWorker.js') ?? false)
      .map((registration) => registration.unregister()),
  )
}
