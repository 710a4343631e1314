import { useSyncExternalStore } from 'react'

/** Where tables become labelled blocks: app.scss's `max-width: 40.0525em`, GOV.UK's tablet breakpoint (640px). */
export const NARROW_SCREEN = '(max-width: 40.0525em)'

let query: MediaQueryList | undefined
const narrowScreen = () => (query ??= window.matchMedia(NARROW_SCREEN))

function subscribe(onChange: () => void): () => void {
  const media = narrowScreen()
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

/** Whether the screen is narrower than 640px now; components re-render when it turns or is resized across. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => narrowScreen().matches, () => false)
}
