import { z } from 'zod'
import { TAB_HEADER, THIS_TAB } from '@/contract/changes'
import { ACTING_AS_HEADER, LOCAL_API_HEADER, PROBLEM_CONTENT_TYPE, problemSchema, type Problem } from '@/contract/problem'
import { ApiError, LocalApiUnavailableError } from './api-error'
import { localApiStarted } from './local-api-start'
import { useActingAsStore } from '@/stores/acting-as-store'
import { useAppStatusStore } from '@/stores/app-status-store'
import { useSessionStore } from '@/stores/session-store'
import { choosesWhoToActAs } from './app-mode'

interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  body?: unknown
  /** A body sent as it is (a backup file's text), instead of `body` as JSON. */
  rawBody?: string
  /** The version the person last saw, sent as a strong `If-Match`. */
  ifMatch?: number
  signal?: AbortSignal
  schema: z.ZodType<T>
}

export function etagFor(version: number): string {
  return `"${version}"`
}

/** The only place the UI calls `fetch`. */
export async function apiRequest<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const headers = new Headers({ Accept: 'application/json' })
  // With sign-in the server knows who is asking from the session cookie, and refuses this header.
  const actingAs = useActingAsStore.getState().personId
  if (actingAs && choosesWhoToActAs()) headers.set(ACTING_AS_HEADER, actingAs)
  // The shared server announces each write with it, so this tab can skip its own.
  headers.set(TAB_HEADER, THIS_TAB)
  if (options.ifMatch !== undefined) headers.set('If-Match', etagFor(options.ifMatch))
  let body: string | undefined
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
  if (response.status === 204) return options.schema.parse(undefined)
  return readAnswer(path, options.schema, await response.json())
}

/**
 * A GET made while the app starts, before any other request may go (they wait for it): who is
 * signed in on the shared server. Answers null for a 401 (no live session).
 */
export async function requestWhileStarting<T>(path: string, schema: z.ZodType<T>): Promise<T | null> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } })
  if (response.status === 401) return null
  if (response.headers.get(LOCAL_API_HEADER) !== '1') throw new LocalApiUnavailableError()
  if (!response.ok) throw new ApiError(await readProblem(response))
  return schema.parse(await response.json())
}

/**
 * A list keeps every record the app can read and leaves out one it cannot (noted for the page to
 * say so), so a single bad record never takes a whole page down. Anything else must read whole.
 */
function readAnswer<T>(path: string, schema: z.ZodType<T>, body: unknown): T {
  if (!(schema instanceof z.ZodArray) || !Array.isArray(body)) return schema.parse(body)
  const element = schema.element as z.ZodType
  const readable: unknown[] = []
  for (const item of body) {
    const parsed = element.safeParse(item)
    if (parsed.success) readable.push(parsed.data)
    else {
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : null
      const issue = parsed.error.issues[0]
      useAppStatusStore.getState().noteUnreadable({ source: path.split('?')[0] ?? path, id, problem: issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable' })
    }
  }
  // Each element is already read by the list's own element schema: reading them again would double the cost on long lists.
  return readable as T
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status }
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.includes(PROBLEM_CONTENT_TYPE) && !type.includes('application/json')) return fallback
  const parsed = problemSchema.safeParse(await response.json().catch(() => null))
  return parsed.success ? parsed.data : fallback
}

export { ApiError, isApiError, LocalApiUnavailableError } from './api-error'
