import { getResponse, type RequestHandler } from 'msw'
import { PROBLEM_CONTENT_TYPE, problemTypes, type Problem } from '@/contract/problem'
import { readAnswer } from './read-answer'

/**
 * The API core: the handlers answering a web Request outside any interception, in the local
 * API's worker (mocks/local-api) and on the server alike. Their fallback answers every unknown path; a 404 problem
 * stands behind it all the same. Every GET's answer is read against its contract schema before it
 * leaves (read-answer.ts): the page only types what arrives.
 */
export function answerWith(handlers: RequestHandler[]): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await getResponse(handlers, request)
    if (response) return readAnswer(request, response)
    const problem: Problem = { type: problemTypes.notFound, title: 'Not found', status: 404, detail: 'There is no such path in the API.' }
    return new Response(JSON.stringify(problem), { status: 404, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } })
  }
}
