import { HttpResponse } from 'msw'
import type { z } from 'zod'
import type { StoredBoard, StoredPerson } from '@/contract/stored'
import {
  ACTING_AS_HEADER,
  LOCAL_API_HEADER,
  PROBLEM_CONTENT_TYPE,
  problemTypes,
  type FieldError,
  type Problem,
} from '@/contract/problem'
import type { Actor, Permission } from '@/domain/permissions'
import { store, type Tx } from '../db/store'

/** Thrown anywhere in a handler to answer with a problem document; aborts the transaction. */
export class ProblemError extends Error {
  readonly problem: Problem
  readonly headers: Record<string, string>
  constructor(problem: Problem, headers: Record<string, string> = {}) {
    super(problem.detail ?? problem.title)
    this.problem = problem
    this.headers = headers
  }
}

export const problems = {
  validation: (errors: FieldError[], detail = 'Some of the information is missing or not right.') =>
    new ProblemError({ type: problemTypes.validation, title: 'Invalid request', status: 400, detail, errors }),
  forbidden: (detail: string) => new ProblemError({ type: problemTypes.forbidden, title: 'Not allowed', status: 403, detail }),
  notFound: (what: string, detail = `There is no ${what} with that id.`) =>
    new ProblemError({ type: problemTypes.notFound, title: 'Not found', status: 404, detail }),
  methodNotAllowed: (detail: string, allow: string) =>
    new ProblemError({ type: problemTypes.methodNotAllowed, title: 'Method not allowed', status: 405, detail }, { Allow: allow }),
  conflict: (detail: string) => new ProblemError({ type: problemTypes.conflict, title: 'Conflict', status: 409, detail }),
  preconditionFailed: (current: unknown) =>
    new ProblemError({
      type: problemTypes.preconditionFailed,
      title: 'Changed by someone else',
      status: 412,
      detail: 'Someone else changed this since you opened it.',
      current,
    }),
  preconditionRequired: () =>
    new ProblemError({
      type: problemTypes.preconditionRequired,
      title: 'Version required',
      status: 428,
      detail: 'Send the version you are changing in an If-Match header.',
    }),
}

const baseHeaders = { [LOCAL_API_HEADER]: '1', 'Cache-Control': 'no-store' }

export function json(body: unknown, init: { status?: number; version?: number; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...baseHeaders, ...init.headers }
  if (init.version !== undefined) headers.ETag = `"${init.version}"`
  return HttpResponse.json(body as never, { status: init.status ?? 200, headers })
}

export function noContent() {
  return new HttpResponse(null, { status: 204, headers: baseHeaders })
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}) {
  return new HttpResponse(JSON.stringify(problem), {
    status: problem.status,
    headers: { ...baseHeaders, ...headers, 'Content-Type': PROBLEM_CONTENT_TYPE },
  })
}

/**
 * Where a long request tells how far it has got: set by the local API's worker for each request
 * (mocks/local-api/serve.ts), absent on the server, where reporting does nothing.
 */
export const progressFor = new WeakMap<Request, (phase: string, done: number, total: number) => void>()

export function reportProgress(request: Request, phase: string, done: number, total: number): void {
  progressFor.get(request)?.(phase, done, total)
}

let reportFailure: (error: unknown) => void = (error) => console.error('Local API failure', error)

/** Where an unexpected failure (a 500) is reported: the console in the browser, the JSON log on the server. */
export function onUnexpectedFailure(report: (error: unknown) => void): void {
  reportFailure = report
}

/** Runs a handler body, turning thrown problems and storage failures into problem responses. */
export async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof ProblemError) return problemResponse(error.problem, error.headers)
    if (isQuotaError(error)) {
      return problemResponse({
        type: problemTypes.storage,
        title: 'Not saved: storage is full',
        status: 507,
        detail:
          store().kind === 'browser'
            ? 'The browser has no room left to save this. Nothing was changed. Free some space, then try again.'
            : 'The server has no room left to save this. Nothing was changed. Tell whoever runs the server, then try again.',
      })
    }
    reportFailure(error)
    return problemResponse({
      type: problemTypes.internal,
      title: 'Something went wrong',
      status: 500,
      detail: 'The change was not saved. Try again.',
    })
  }
}

/** A full disk: IndexedDB's quota errors, or PostgreSQL's disk_full (SQLSTATE 53100). */
function isQuotaError(error: unknown): boolean {
  const names = ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']
  if (!(error instanceof Error)) return false
  if ((error as Error & { code?: unknown }).code === '53100') return true
  const inner = (error as Error & { inner?: unknown }).inner
  return names.includes(error.name) || (inner instanceof Error && names.includes(inner.name))
}

/** A request's body as text, refused unread past `maxBytes` bytes (not characters: storage counts bytes). */
export async function readText(request: Request, maxBytes: number, tooLarge: string): Promise<string> {
  const declared = Number(request.headers.get('Content-Length') ?? 0)
  if (declared > maxBytes) throw problems.validation([], tooLarge)
  const bytes = await request.arrayBuffer()
  if (bytes.byteLength > maxBytes) throw problems.validation([], tooLarge)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw problems.validation([], 'The request is not valid UTF-8 text.')
  }
}

/** Said of text holding U+0000, which PostgreSQL cannot keep: refused by both stores alike. */
export const NULL_CHARACTER_DETAIL = 'The request holds the null character (U+0000), which cannot be stored. Remove it and try again.'

/**
 * A request body's JSON (undefined for an empty body), or a 400 with `invalid` when it is not JSON.
 * Any text holding U+0000 is refused whole, whichever store is behind: PostgreSQL cannot keep it.
 */
export function parseJson(text: string, invalid = 'The request body is not valid JSON.'): unknown {
  if (text === '') return undefined
  let nullCharacter = false
  let raw: unknown
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (key.includes('\0') || (typeof value === 'string' && value.includes('\0'))) nullCharacter = true
      return value
    })
  } catch {
    throw problems.validation([], invalid)
  }
  if (nullCharacter) throw problems.validation([], NULL_CHARACTER_DETAIL)
  return raw
}

/** Reads and validates a JSON body whole; anything else is a 400 naming each bad field. */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const text = await readText(request, 1_000_000, 'The request is too large.')
  return parseWith(schema, parseJson(text))
}

/** Parses `raw` or answers 400 naming each problem's field; `under` prefixes every path (a backup's `data`). */
export function parseWith<S extends z.ZodType>(schema: S, raw: unknown, under?: string): z.output<S> {
  const result = schema.safeParse(raw)
  if (result.success) return result.data
  throw problems.validation(
    result.error.issues.map((issue) => ({
      path: [...(under ? [under] : []), ...issue.path.map(String)].join('.'),
      message: issue.code === 'unrecognized_keys' ? `Unknown field: ${issue.keys.join(', ')}` : issue.message,
    })),
  )
}

export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return parseWith(schema, Object.fromEntries(new URL(request.url).searchParams))
}

/** The person named in X-Acting-As; inside a transaction that includes `people`. */
export async function actingPerson(tx: Tx, request: Request): Promise<StoredPerson> {
  const id = request.headers.get(ACTING_AS_HEADER)
  if (!id) throw problems.forbidden('Choose who you are acting as before making changes.')
  const person = await tx.people.get(id)
  if (!person) throw problems.forbidden('The person you are acting as is not known. Choose someone else in Settings.')
  if (!person.active) throw problems.forbidden(`${person.name} has been deactivated and may no longer make changes. Choose someone else.`)
  return person
}

/** Applies one of the domain's permission rules: a refusal is a 403 with the rule's own reason. */
export function enforce(permission: Permission): void {
  if (!permission.allowed) throw problems.forbidden(permission.reason)
}

/** Strong-ETag concurrency: 428 without If-Match, 412 with the current record when stale. */
export function checkIfMatch(request: Request, current: { version: number }, currentBody: unknown): void {
  const header = request.headers.get('If-Match')
  if (!header) throw problems.preconditionRequired()
  const tags = header.split(',').map((tag) => tag.trim())
  if (!tags.includes(`"${current.version}"`) && !tags.includes('*')) throw problems.preconditionFailed(currentBody)
}

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`
}

export function nowInstant(): string {
  return new Date().toISOString()
}

/** Leaves out keys whose value is undefined, so a PATCH never blanks what it did not name. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>
}

/** The board named by `boardId`, once the acting person passes `rule` for it (a 403 otherwise). */
export async function boardFor(tx: Tx, boardId: string, request: Request, rule: (actor: Actor, board: StoredBoard) => Permission): Promise<StoredBoard> {
  const board = await tx.boards.get(boardId)
  if (!board) throw problems.validation([{ path: 'boardId', message: 'Select a board' }])
  enforce(rule(await actingPerson(tx, request), board))
  return board
}
