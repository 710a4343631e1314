import type { QueryClient } from '@tanstack/react-query'

const CHANNEL = 'improvement-tracker:changes'

/**
 * Tells this app's other tabs that data changed, and refreshes this tab when they say so.
 * Returns a function that stops listening.
 */
export function connectTabs(queryClient: QueryClient): { announce: () => void; disconnect: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined, disconnect: () => undefined }
  const channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = () => {
    void queryClient.invalidateQueries()
  }
  return {
    announce: () => channel.postMessage({ type: 'changed', at: Date.now() }),
    disconnect: () => channel.close(),
  }
}
