// The API's headers and problem types, without zod: the page's api-client reads these
// (app/contract/problem.ts adds the problem document's schema for the API and its tests).
export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/**
 * The header every response of the API carries (the local API's and the shared server's alike), to
 * tell it from a static host's or a proxy's page. The name dates from when the local API was the only one.
 */
export const LOCAL_API_HEADER = 'X-Local-API'
export const ACTING_AS_HEADER = 'X-Acting-As'

export const problemTypes = {
  validation: '/problems/validation',
  forbidden: '/problems/forbidden',
  notFound: '/problems/not-found',
  methodNotAllowed: '/problems/method-not-allowed',
  conflict: '/problems/conflict',
  preconditionFailed: '/problems/precondition-failed',
  preconditionRequired: '/problems/precondition-required',
  unidentified: '/problems/unidentified',
  storage: '/problems/storage',
  tooLong: '/problems/too-long',
  internal: '/problems/internal',
  /** A record stored in a form this version of the app cannot read (an answer of one document; a list leaves it out). */
  unreadable: '/problems/unreadable',
  /** The shared server cannot answer for now (its database does not answer, or it is shutting down). */
  unavailable: '/problems/unavailable',
} as const
