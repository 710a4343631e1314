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

// Which accepted requests are announced: changes-data.ts (it needs the API's paths, which the
// page's first script, importing this module, does not).

/**
 * How far the local API has got with a long request (restoring a backup), announced to the page
 * that made it as a `window` event of this name whose `detail` is an ApiProgress. The shared
 * server sends none: the page then says only that the request is under way.
 */
export const API_PROGRESS_EVENT = 'improvement-tracker:api-progress'

export interface ApiProgress {
  method: string
  path: string
  /** What the API is doing now, from a short list each long request names (the restore: 'checking', 'writing'). */
  phase: string
  /** Steps done of `total`. */
  done: number
  total: number
}
