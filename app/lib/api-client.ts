import { readUnreadableHeader, UNREADABLE_HEADER } from '@/contract/unreadable'
import { TAB_HEADER, THIS_TAB } from '@/contract/changes'
import { ACTING_AS_HEADER, LOCAL_API_HEADER, PROBLEM_CONTENT_TYPE } from '@/contract/http'
import type { FieldError, Problem } from '@/contract/problem'
import { ApiError, LocalApiUnavailableError } from './api-error'
import { localApiStarted } from './local-api-start'
import { useActingAsStore } from '@/stores/acting-as-store'
import { useAppStatusStore } from '@/stores/app-status-store'
import { useSessionStore } from '@/stores/session-store'
import { choosesWhoToActAs } from './app-mode'

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  body?: unknown
  /**
   * A body sent as it is, instead of `body` as JSON: a backup file itself (a Blob, which the
   * browser reads as it sends, so a 14 MB file is never copied into a string on the page) or text.
   */
  rawBody?: string | Blob
  /** The version the person last saw, sent as a strong `If-Match`. */
  ifMatch?: number
  signal?: AbortSignal
}

export function etagFor(version: number): string {
  return `"${version}"`
}

/**
 * The only place the UI calls `fetch`. `T` is the answer's type, inferred from its contract schema
 * (`Plan`, `Report[]`): the API reads every answer against that schema before it leaves
 * (app/contract/answers.ts, applied in mocks/handlers/answer-with.ts), so the page does not read it
 * again — which keeps zod, and the schemas, off the page's main thread but for the forms.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers = new Headers({ Accept: 'application/json' })
  // With sign-in the server knows who is asking from the session cookie, and refuses this header.
  const actingAs = useActingAsStore.getState().personId
  if (actingAs && choosesWhoToActAs()) headers.set(ACTING_AS_HEADER, actingAs)
  // The shared server announces each write with it, so this tab can skip its own.
  headers.set(TAB_HEADER, THIS_TAB)
  if (options.ifMatch !== undefined) headers.set('If-Match', etagFor(options.ifMatch))
  let body: string | Blob | undefined
  if (options.body !== undefined || options.rawBody !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = options.rawBody ?? JSON.stringify(options.body)
  }
  await localApiStarted()
  const response = await fetch(path, { method: options.method ?? 'GET', headers, body, signal: options.signal })
  if (response.headers.get(LOCAL_API_HEADER) !== '1') throw new LocalApiUnavailableError()
  if (response.status === 401) useSessionStore.getState().setSignedOut()
  // Signed in again (in another tab): the notice goes with the next answer.
  else if (useSessionStore.getState().signedOut) useSessionStore.setState({ signedOut: false })
  if (!response.ok) throw new ApiError(await readProblem(response))
  if (response.status === 204) return undefined as T
  noteUnreadable(path, response.headers)
  return (await response.json()) as T
}

/**
 * A GET made while the app starts, before any other request may go (they wait for it): who is
 * signed in on the shared server. Answers null for a 401 (no live session).
 */
export async function requestWhileStarting<T>(path: string): Promise<T | null> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } })
  if (response.status === 401) return null
  if (response.headers.get(LOCAL_API_HEADER) !== '1') throw new LocalApiUnavailableError()
  if (!response.ok) throw new ApiError(await readProblem(response))
  return (await response.json()) as T
}

/**
 * A list keeps every record the app can read and leaves out one it cannot, so a single bad record
 * never takes a whole page down: the API leaves it out and names it in a header, noted here for the
 * page to say so.
 */
function noteUnreadable(path: string, headers: Headers): void {
  const value = headers.get(UNREADABLE_HEADER)
  if (!value) return
  const source = path.split('?')[0] ?? path
  for (const record of readUnreadableHeader(value)) useAppStatusStore.getState().noteUnreadable({ source, ...record })
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status }
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.includes(PROBLEM_CONTENT_TYPE) && !type.includes('application/json')) return fallback
  return asProblem(await response.json().catch(() => null)) ?? fallback
}

/** A problem document as RFC 9457 and docs/api-contract.md shape it, or null for anything else. */
export function asProblem(value: unknown): Problem | null {
  if (!value || typeof value !== 'object') return null
  const candidate = value as Record<string, unknown>
  if (typeof candidate.type !== 'string' || typeof candidate.title !== 'string' || !Number.isInteger(candidate.status)) return null
  if (candidate.detail !== undefined && typeof candidate.detail !== 'string') return null
  const errors = candidate.errors
  const isFieldError = (error: unknown): error is FieldError =>
    !!error && typeof error === 'object' && typeof (error as FieldError).path === 'string' && typeof (error as FieldError).message === 'string'
  if (errors !== undefined && !(Array.isArray(errors) && errors.every(isFieldError))) return null
  return candidate as Problem
}

export { ApiError, isApiError, LocalApiUnavailableError } from './api-error'
