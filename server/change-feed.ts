import type { ChangeNotice } from '@/contract/changes'
import type { Database } from './db/database'
import type { Logger } from './logger'

/**
 * The live updates of one server process: a single `db.listen` (so one LISTEN connection, however
 * many pages are open) fanned out to every open `GET /api/events` stream as server-sent events.
 */
export interface ChangeFeed {
  /** A new event stream, or null once the feed is closed or listening failed. Resolves once the stream will see every later notice. */
  open(signal: AbortSignal, owner?: StreamOwner): Promise<ReadableStream<Uint8Array> | null>
  /** Ends at once every stream opened for `key` (a session that has just ended in this process). */
  endFor(key: string): void
  /** How many streams are open (for the tests and the logs). */
  readonly size: number
  /** Ends every stream (each page's EventSource reconnects to another process) and stops listening. */
  close(): Promise<void>
}

/** Who a stream is for, with sign-in: it ends when their session does. */
export interface StreamOwner {
  /** The session's id: endFor(key) ends its streams at once. */
  key: string
  /** Asked at every heartbeat (it must not count as use of the session): false ends the stream. */
  stillLive: () => Promise<boolean>
}

interface FeedOptions {
  /** A comment line is sent this often, so proxies and browsers keep an idle stream open. */
  heartbeatMs: number
  logger: Logger
}

/** Past this much unsent text a client is too slow to keep up: its stream is ended and its page reconnects and refreshes. */
const MAX_QUEUED_BYTES = 1_000_000

const encoder = new TextEncoder()

interface Client {
  send(text: string): void
  end(): void
  owner?: StreamOwner | undefined
}

/** The text of one server-sent event carrying `notice`. */
export function noticeEvent(notice: ChangeNotice): string {
  return `data: ${JSON.stringify(notice)}\n\n`
}

export function createChangeFeed(db: Database, { heartbeatMs, logger }: FeedOptions): ChangeFeed {
  const clients = new Set<Client>()
  let closed = false
  const broadcast = (text: string) => {
    for (const client of clients) client.send(text)
  }
  const listening = db.listen((notice) => broadcast(noticeEvent(notice)))
  listening.catch((error: unknown) => logger.error('live updates unavailable: listening for changes failed', { error }))
  const heartbeat = setInterval(() => {
    broadcast(': heartbeat\n\n')
    // A session may end elsewhere (another process, its idle or absolute end): its streams end within a heartbeat.
    for (const client of clients) {
      client.owner?.stillLive().then(
        (live) => live || client.end(),
        (error: unknown) => logger.warn('live updates: a stream’s session could not be checked', { error }),
      )
    }
  }, heartbeatMs)
  heartbeat.unref()

  return {
    get size() {
      return clients.size
    },
    endFor(key) {
      for (const client of [...clients]) if (client.owner?.key === key) client.end()
    },
    async open(signal, owner) {
      const ready = await listening.then(
        () => true,
        () => false,
      )
      if (!ready || closed || signal.aborted) return null
      let client: Client | undefined
      const stream = new ReadableStream<Uint8Array>(
        {
          start(controller) {
            let ended = false
            const end = () => {
              if (ended) return
              ended = true
              clients.delete(client!)
              signal.removeEventListener('abort', end)
              try {
                controller.close()
              } catch {
                // Already cancelled by the reader.
              }
            }
            client = {
              send(text) {
                if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) return end()
                controller.enqueue(encoder.encode(text))
              },
              end,
              owner,
            }
            clients.add(client)
            signal.addEventListener('abort', end)
            controller.enqueue(encoder.encode(': connected\n\n'))
          },
          cancel() {
            client?.end()
          },
        },
        { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
      )
      return stream
    },
    async close() {
      if (closed) return
      closed = true
      clearInterval(heartbeat)
      for (const client of [...clients]) client.end()
      const stop = await listening.catch(() => null)
      await stop?.()
    },
  }
}
