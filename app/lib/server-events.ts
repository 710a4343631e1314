import type { QueryClient } from '@tanstack/react-query'
import { THIS_TAB, type ChangeNotice } from '@/contract/changes'
import { apiPaths } from '@/contract/paths'

/** What the page needs of the browser's EventSource (tests hand in a stand-in). */
export type OpenEvents = (url: string) => Pick<EventSource, 'onmessage' | 'onerror' | 'onopen' | 'readyState' | 'close'>

/** A burst of writes (another person importing, a script) refreshes the page once, not once a write. */
const GATHER_MS = 250
/** EventSource.CLOSED (the constant is not there outside a browser). */
const CLOSED = 2
/** After the server refused the stream outright (EventSource then gives up), ask again this much later. */
const REOPEN_MS = 10_000

/**
 * On the shared server: refreshes this page when anyone, anywhere, saves (GET /api/events, fed by
 * every server process through the database). This tab's own writes are refreshed by their
 * mutations. After losing the stream it refreshes everything, since notices may have been missed.
 * Returns a function that stops listening.
 */
export function connectServerEvents(queryClient: QueryClient, open?: OpenEvents): () => void {
  const opener = open ?? (typeof EventSource === 'undefined' ? null : (url: string) => new EventSource(url))
  if (!opener) return () => undefined
  let source: ReturnType<OpenEvents> | undefined
  let gathering: ReturnType<typeof setTimeout> | undefined
  let reopening: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  let lost = false
  const refresh = () => {
    gathering ??= setTimeout(() => {
      gathering = undefined
      void queryClient.invalidateQueries()
    }, GATHER_MS)
  }
  const connect = () => {
    source = opener(apiPaths.events)
    source.onmessage = (event: MessageEvent<string>) => {
      const notice = readNotice(event.data)
      if (notice && notice.tab !== THIS_TAB) refresh()
    }
    source.onopen = () => {
      if (lost) refresh()
      lost = false
    }
    source.onerror = () => {
      lost = true
      // EventSource reconnects by itself after a dropped stream, but not after an error status.
      if (source?.readyState === CLOSED && !stopped) reopening = setTimeout(connect, REOPEN_MS)
    }
  }
  connect()
  return () => {
    stopped = true
    clearTimeout(gathering)
    clearTimeout(reopening)
    source?.close()
  }
}

function readNotice(data: string): ChangeNotice | null {
  try {
    const notice = JSON.parse(data) as Partial<ChangeNotice> | null
    return notice?.type === 'changed' && typeof notice.tab === 'string' ? (notice as ChangeNotice) : null
  } catch {
    return null
  }
}
