import type { Problem } from '@/contract/problem'

/** A non-2xx answer from the API, carrying its problem document. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
  }
}

/** The local API did not answer: the page reached a plain web server instead. */
export class LocalApiUnavailableError extends Error {
  constructor() {
    super('The app’s data service is not running in this tab. Reload the page to start it again.')
    this.name = 'LocalApiUnavailableError'
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}
