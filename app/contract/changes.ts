/**
 * Every write the API accepts is announced on this BroadcastChannel, whoever made it (the UI or
 * a script calling the API), so the app's other tabs refresh. `tab` names the page that wrote.
 */
export const CHANGES_CHANNEL = 'improvement-tracker:changes'

export interface ChangeNotice {
  type: 'changed'
  tab: string
  method: string
  path: string
}

/** This page's id among the app's tabs: one module instance serves both the UI and the local API of a page. */
export const THIS_TAB = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random())
