import { apiPaths } from './paths'

/**
 * Whether an accepted request changed data, and so is announced (changes.ts): every method but
 * GET and HEAD, except the POSTs that only read (the minutes extractor, whose text is too long
 * for a URL).
 */
export function changesData(method: string, path: string): boolean {
  if (method === 'GET' || method === 'HEAD') return false
  return path !== apiPaths.minutesProposals
}
