import { http } from 'msw'
import { problemTypes } from '@/contract/problem'
import { problemResponse } from './http'

/** MSW's URL matching throws on a URL over 8,192 characters (a 500 with a stack trace); no id of ours comes near. */
const MAX_URL_LENGTH = 4096

const isApi = (request: Request) => /\/api(\/|$)/.test(new URL(request.url).pathname)

/** Answers what no other handler can safely look at. Comes first: a custom predicate matches without MSW's URL parser. */
export const guardHandlers = [
  http.all(
    ({ request }) => request.url.length > MAX_URL_LENGTH && isApi(request),
    () =>
      problemResponse({
        type: problemTypes.tooLong,
        title: 'Address too long',
        status: 414,
        detail: `The address of this request is longer than ${MAX_URL_LENGTH} characters, which no record of this service needs.`,
      }),
  ),
]
