// First: the globals msw expects and the page's clock, before any library loads.
import { clock, stackTraceLimit } from './worker-globals'
import { serve, type PagePort } from './serve'

// Every module has loaded: errors from here on carry their stacks (see worker-globals.ts).
Error.stackTraceLimit = stackTraceLimit

/**
 * The local API's worker: msw's handlers over Dexie, off the page's main thread. Started by
 * page.ts as a shared worker (one API for every tab of the browser) or, where there is none, as a
 * dedicated worker per page. The scope is typed here by what is used: the project's types are the
 * page's (DOM), not the worker's.
 */
interface SharedScope {
  onconnect: ((event: MessageEvent) => void) | null
}

const scope = globalThis as unknown as Partial<SharedScope> & PagePort

if ('onconnect' in scope) {
  scope.onconnect = (event: MessageEvent) => {
    const port = event.ports[0]
    if (port) serve(port as unknown as PagePort, clock)
  }
} else {
  serve(scope, clock)
}
