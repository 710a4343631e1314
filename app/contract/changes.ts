import { apiPaths } from './paths'

/**
 * Every write the API accepts is announced, whoever made it (the UI or a script calling the API),
 * so the app's other pages refresh: the local API on this BroadcastChannel, the shared server as
 * server-sent events on `GET /api/events`. `tab` names the page that wrote.
 */
export const CHANGES_CHANNEL = 'improvement-tracker:changes'

export interface ChangeNotice {
  type: 'changed'
  tab: string
  method: string
  path: string
}

/**
 * The header that names the writing page to the shared server, so that the page can skip its own
 * notice. A write without it (a script) is announced as from `server`.
 */
export const TAB_HEADER = 'X-Tab'

/** This page's id among the app's tabs: one module instance serves both the UI and the local API of a page. */
export const THIS_TAB = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random())

/**
 * Whether an accepted request changed data, and so is announced: every method but GET and HEAD,
 * except the POSTs that only read (the minutes extractor, whose text is too long for a URL).
 */
export function changesData(method: string, path: string): boolean {
  if (method === 'GET' || method === 'HEAD') return false
  return path !== apiPaths.minutesProposals
}
