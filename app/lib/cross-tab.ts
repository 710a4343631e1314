import type { QueryClient } from '@tanstack/react-query'
import { CHANGES_CHANNEL, THIS_TAB, type ChangeNotice } from '@/contract/changes'

/**
 * Refreshes this tab when the API announces a write made in another tab (by the UI or not).
 * This tab's own writes are refreshed by their mutations. Returns a function that stops listening.
 */
export function connectTabs(queryClient: QueryClient): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(CHANGES_CHANNEL)
  channel.onmessage = (event: MessageEvent<ChangeNotice>) => {
    if (event.data?.type === 'changed' && event.data.tab !== THIS_TAB) void queryClient.invalidateQueries()
  }
  return () => channel.close()
}
