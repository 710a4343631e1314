import { http } from 'msw'
import { answer, problems } from './http'
import { route } from './paths'

/** Methods each path answers; anything else on a known path is a 405, an unknown path a 404. */
const allowed: Array<[RegExp, string]> = [
  [/^\/api\/people$/, 'GET, POST'],
  [/^\/api\/people\/[^/]+$/, 'GET, PATCH'],
  // Recorded changes are never changed or removed.
  [/^\/api\/people\/[^/]+\/changes$/, 'GET'],
  [/^\/api\/council$/, 'GET, PATCH'],
  [/^\/api\/setup$/, 'POST'],
  [/^\/api\/inspections$/, 'GET, POST'],
  [/^\/api\/inspections\/[^/]+$/, 'GET, PATCH'],
  [/^\/api\/boards$/, 'GET, POST'],
  [/^\/api\/boards\/[^/]+$/, 'GET, PATCH'],
  [/^\/api\/meetings\/[^/]+\/pack$/, 'GET'],
  [/^\/api\/meetings$/, 'GET, POST'],
  [/^\/api\/meetings\/series$/, 'POST'],
  // A published pack is never changed or removed: it is published again, with a reason.
  [/^\/api\/meetings\/[^/]+\/packs$/, 'GET, POST'],
  [/^\/api\/meetings\/[^/]+\/packs\/[^/]+$/, 'GET'],
  [/^\/api\/meetings\/[^/]+\/changes$/, 'GET'],
  [/^\/api\/meetings\/[^/]+$/, 'GET, PATCH'],
  // An action is never deleted: it is done, or stays open.
  [/^\/api\/actions$/, 'GET, POST'],
  [/^\/api\/actions\/[^/]+$/, 'GET, PATCH'],
  [/^\/api\/plans\/[^/]+\/updates$/, 'GET'],
  [/^\/api\/plans\/[^/]+\/agree$/, 'POST'],
  [/^\/api\/plans\/[^/]+\/imports$/, 'GET, POST'],
  [/^\/api\/plans$/, 'GET, POST'],
  [/^\/api\/plans\/[^/]+$/, 'GET, PATCH'],
  [/^\/api\/milestones\/[^/]+\/updates$/, 'GET, POST'],
  // A single update is never changed or removed.
  [/^\/api\/milestones\/[^/]+\/updates\/[^/]+$/, ''],
  [/^\/api\/milestones$/, 'GET, POST'],
  [/^\/api\/milestones\/[^/]+$/, 'GET, PATCH, DELETE'],
  [/^\/api\/milestones\/[^/]+\/date-changes$/, 'GET, POST'],
  [/^\/api\/milestones\/[^/]+\/date-changes\/[^/]+\/decision$/, 'POST'],
  [/^\/api\/milestones\/[^/]+\/(sign-off|close)$/, 'POST'],
  [/^\/api\/date-changes$/, 'GET'],
  [/^\/api\/reports\/[^/]+\/transitions$/, 'POST'],
  [/^\/api\/reports$/, 'GET, POST'],
  [/^\/api\/reports\/[^/]+$/, 'GET, PATCH'],
  [/^\/api\/minutes\/proposals$/, 'POST'],
  [/^\/api\/export$/, 'GET'],
  [/^\/api\/audit$/, 'GET'],
  [/^\/api\/(import|reset)$/, 'POST'],
]

export const fallbackHandlers = [
  http.all(route('/*'), ({ request }) =>
    answer(async () => {
      const path = new URL(request.url).pathname
      const match = allowed.find(([pattern]) => pattern.test(path))
      if (!match) throw problems.notFound('API path')
      if (/\/updates(\/[^/]+)?$/.test(path)) {
        throw problems.methodNotAllowed('Milestone updates are append-only: a correction is a new update.', match[1])
      }
      throw problems.methodNotAllowed(`${request.method} is not allowed here. Allowed: ${match[1]}.`, match[1])
    }),
  ),
]
