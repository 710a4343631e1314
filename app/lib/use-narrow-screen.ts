import { useSyncExternalStore } from 'react'

/** Where tables become labelled blocks: app.scss's `max-width: 40.0525em`, GOV.UK's tablet breakpoint (640px). */
export const NARROW_SCREEN = '(max-width: 40.0525em)'

let query: MediaQueryList | undefined
const listeners = new Set<() => void>()

/** The one media query, with one listener of its own that tells every component using the hook (a plan page has 200 labels). */
function narrowScreen(): MediaQueryList {
  if (!query) {
    query = window.matchMedia(NARROW_SCREEN)
    query.addEventListener('change', () => {
      for (const listener of listeners) listener()
    })
  }
  return query
}

function subscribe(onChange: () => void): () => void {
  narrowScreen()
  listeners.add(onChange)
  return () => listeners.delete(onChange)
}

/** Whether the screen is narrower than 640px now; components re-render when it turns or is resized across. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => narrowScreen().matches, () => false)
}
