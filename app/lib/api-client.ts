import type { z } from 'zod'
import { ACTING_AS_HEADER, LOCAL_API_HEADER, PROBLEM_CONTENT_TYPE, problemSchema, type Problem } from '@/contract/problem'
import { ApiError, LocalApiUnavailableError } from './api-error'
import { localApiStarted } from './local-api-start'
import { useActingAsStore } from '@/stores/acting-as-store'

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
  const actingAs = useActingAsStore.getState().personId
  if (actingAs) headers.set(ACTING_AS_HEADER, actingAs)
  if (options.ifMatch !== undefined) headers.set('If-Match', etagFor(options.ifMatch))
  let body: string | undefined
  if (options.body !== undefined || options.rawBody !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = options.rawBody ?? JSON.stringify(options.body)
  }
  await localApiStarted()
  const response = await fetch(path, { method: options.method ?? 'GET', headers, body, signal: options.signal })
  if (response.headers.get(LOCAL_API_HEADER) !== '1') throw new LocalApiUnavailableError()
  if (!response.ok) throw new ApiError(await readProblem(response))
  if (response.status === 204) return options.schema.parse(undefined)
  return options.schema.parse(await response.json())
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status }
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.includes(PROBLEM_CONTENT_TYPE) && !type.includes('application/json')) return fallback
  const parsed = problemSchema.safeParse(await response.json().catch(() => null))
  return parsed.success ? parsed.data : fallback
}

export { ApiError, isApiError, LocalApiUnavailableError } from './api-error'
