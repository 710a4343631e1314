import { getResponse, type RequestHandler } from 'msw'
import { PROBLEM_CONTENT_TYPE, problemTypes, type Problem } from '@/contract/problem'

/**
 * The API core: the handlers answering a web Request outside any interception, in the local
 * API's worker (mocks/local-api) and on the server alike. Their fallback answers every unknown path; a 404 problem
 * stands behind it all the same.
 */
export function answerWith(handlers: RequestHandler[]): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await getResponse(handlers, request)
    if (response) return response
    const problem: Problem = { type: problemTypes.notFound, title: 'Not found', status: 404, detail: 'There is no such path in the API.' }
    return new Response(JSON.stringify(problem), { status: 404, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } })
  }
}
