/**
 * The messages between a page and the local API's worker (mocks/local-api/worker.ts): each `/api`
 * request the page makes crosses as a `request`, its answer comes back as a `response` with the
 * same id. Bodies cross as ArrayBuffers, transferred rather than copied. Nothing heavy is imported
 * here: the page side loads this module at start-up.
 */

/** Raised when a message's shape changes, so that a page and a worker of different builds never talk. */
export const WIRE_VERSION = 1

/** The shared worker's name: one API per browser profile and per wire version (the script URL is per build). */
export const API_WORKER_NAME = `improvement-tracker-api-v${WIRE_VERSION}`

export interface WireRequest {
  type: 'request'
  id: number
  /** The page's id among the app's tabs (THIS_TAB), carried on the write's change notice. */
  tab: string
  /** The page's clock, which the worker's follows (see page-clock.ts). */
  now: number
  method: string
  url: string
  headers: [string, string][]
  body: ArrayBuffer | null
}

export type ToWorker = WireRequest | { type: 'abort'; id: number }

export interface WireResponse {
  type: 'response'
  id: number
  status: number
  statusText: string
  headers: [string, string][]
  body: ArrayBuffer | null
}

/** How far the API has got with a long request (a restore), for the page to show. */
export interface WireProgress {
  type: 'progress'
  id: number
  phase: string
  done: number
  total: number
}

export type FromWorker =
  | {
      type: 'ready'
      version: number
      /**
       * A Web Lock this worker holds for as long as it runs (see aliveLock in serve.ts): a page that
       * asks for it is granted it only once the worker has stopped. Absent where the browser has no Web Locks.
       */
      alive?: string
    }
  | { type: 'failed'; reason: string }
  | { type: 'newer-version-elsewhere' }
  | WireResponse
  | WireProgress

/** Methods whose requests carry no body. */
function bodiless(method: string): boolean {
  return method === 'GET' || method === 'HEAD'
}

export async function toWireRequest(request: Request, id: number, tab: string, now: number): Promise<WireRequest> {
  return {
    type: 'request',
    id,
    tab,
    now,
    method: request.method,
    url: request.url,
    headers: [...request.headers],
    body: bodiless(request.method) ? null : await request.arrayBuffer(),
  }
}

export function fromWireRequest(message: WireRequest): Request {
  return new Request(message.url, {
    method: message.method,
    headers: message.headers,
    body: bodiless(message.method) ? null : message.body,
  })
}

export async function toWireResponse(id: number, response: Response): Promise<WireResponse> {
  const body = response.body === null ? null : await response.arrayBuffer()
  return { type: 'response', id, status: response.status, statusText: response.statusText, headers: [...response.headers], body }
}

/** A status whose Response must have no body (the constructor refuses one). */
function nullBodyStatus(status: number): boolean {
  return status === 101 || status === 204 || status === 205 || status === 304
}

export function fromWireResponse(message: WireResponse, url: string, method: string): Response {
  const body = nullBodyStatus(message.status) || method === 'HEAD' ? null : message.body
  const response = new Response(body, { status: message.status, statusText: message.statusText, headers: message.headers })
  // As a fetch answered by the network: the response names the URL it answers.
  Object.defineProperty(response, 'url', { value: url })
  return response
}

/** The ArrayBuffers a message can hand over instead of copying. */
export function transferables(message: { body: ArrayBuffer | null }): ArrayBuffer[] {
  return message.body === null ? [] : [message.body]
}
