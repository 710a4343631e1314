import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { createServerApp, type ServerApp, type ServerAppOptions } from './app'

/** Where to listen, besides what the app is made of. */
export interface ServeOptions extends ServerAppOptions {
  port: number
  host: string
  /** How long shutdown waits for requests under way before cutting their connections (default 10 s). */
  shutdownTimeoutMs?: number
}

/** A listening shared server. */
export interface RunningServer {
  /** Where it listens, e.g. http://127.0.0.1:8080 (the port chosen by the system when 0 was asked). */
  readonly url: string
  readonly serverApp: ServerApp
  /**
   * Graceful shutdown: stops accepting connections, ends the event streams, waits for requests
   * under way (up to the timeout, then cuts them), then closes the database. Safe to call twice.
   */
  stop(): Promise<void>
}

export async function startServer({ port, host, shutdownTimeoutMs = 10_000, ...options }: ServeOptions): Promise<RunningServer> {
  const serverApp = createServerApp(options)
  const { logger, db } = options
  const server: Server = createServer(
    getRequestListener(serverApp.app.fetch, {
      errorHandler: (error) => logger.error('response failed', { error }),
    }),
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`

  let stopping: Promise<void> | undefined
  const stop = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    await serverApp.drain()
    // Keep-alive connections with nothing under way would otherwise hold the server open.
    server.closeIdleConnections()
    const idle = setInterval(() => server.closeIdleConnections(), 100)
    let timer: NodeJS.Timeout | undefined
    const timedOut = await Promise.race([closed.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), shutdownTimeoutMs)))])
    clearInterval(idle)
    clearTimeout(timer)
    if (timedOut) {
      logger.warn('shutdown: requests still under way; closing their connections', { waitedMs: shutdownTimeoutMs })
      server.closeAllConnections()
      await closed
    }
    await db.close()
  }
  return {
    url,
    serverApp,
    stop: () => (stopping ??= stop()),
  }
}
