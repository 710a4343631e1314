import { matchRequestUrl } from 'msw'
import type { z } from 'zod'
import { answerSchemas } from '@/contract/answers'
import { PROBLEM_CONTENT_TYPE, problemTypes, type Problem } from '@/contract/problem'
import { UNREADABLE_HEADER, unreadableHeader, type UnreadableRecord } from '@/contract/unreadable'

/** The first thing wrong with a value, as `where: what`. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || 'the record'}: ${issue.message}` : 'unreadable'
}

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null

/**
 * Reads a GET's answer against its contract schema (app/contract/answers.ts) before it leaves the
 * API. A list keeps every record this version can read, leaves out one it cannot and names it in
 * a header; a document it cannot read becomes a 500 `unreadable` problem. An answer that reads whole
 * leaves exactly as the handler wrote it.
 */
export async function readAnswer(request: Request, response: Response): Promise<Response> {
  if (request.method !== 'GET' || response.status !== 200) return response
  const url = new URL(request.url)
  const entry = answerSchemas.find((candidate) => matchRequestUrl(url, candidate.path, url.origin).matches)
  if (!entry) return response
  const text = await response.text()
  const body: unknown = JSON.parse(text)
  const same = () => new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers })
  if ('one' in entry) {
    const read = entry.one.safeParse(body)
    if (read.success) return same()
    const problem: Problem = {
      type: problemTypes.unreadable,
      title: 'Cannot be read',
      status: 500,
      detail: 'This record is stored in a form this version of the app cannot read. Nothing has been changed.',
      issue: firstIssue(read.error),
    }
    const headers = new Headers(response.headers)
    headers.set('Content-Type', PROBLEM_CONTENT_TYPE)
    headers.delete('ETag')
    return new Response(JSON.stringify(problem), { status: 500, headers })
  }
  if (!Array.isArray(body)) return same()
  const readable: unknown[] = []
  const unreadable: UnreadableRecord[] = []
  for (const item of body) {
    const read = entry.list.safeParse(item)
    if (read.success) readable.push(item)
    else unreadable.push({ id: idOf(item), problem: firstIssue(read.error) })
  }
  if (unreadable.length === 0) return same()
  const headers = new Headers(response.headers)
  headers.set(UNREADABLE_HEADER, unreadableHeader(unreadable))
  return new Response(JSON.stringify(readable), { status: response.status, statusText: response.statusText, headers })
}
