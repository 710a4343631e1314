import { FetchInterceptor } from '@mswjs/interceptors/fetch'
import { defineNetwork, InterceptorSource } from 'msw/experimental'
import { CHANGES_CHANNEL, changesData, THIS_TAB, type ChangeNotice } from '@/contract/changes'
import { db } from './db/database'
import { dexieStore } from './db/dexie-store'
import { chooseStore } from './db/store'
import { handlers } from './handlers/index'

/** Why the mocked API could not start, in words a person can act on. */
export class MockedApiStartError extends Error {
  override name = 'MockedApiStartError'
}

interface StartOptions {
  /** Another tab opened a newer version of the store: this one has closed its copy and must reload. */
  onNewerVersionElsewhere?: () => void
}

/** Opens the store, then starts answering `/api` in this page. A first run finds no council: the app offers to set one up. */
export async function startMockedApi({ onNewerVersionElsewhere }: StartOptions = {}): Promise<void> {
  if (typeof indexedDB === 'undefined') {
    throw new MockedApiStartError('This browser does not let the app store data (IndexedDB is not available). Private browsing windows in some browsers turn it off.')
  }
  // Let a newer version in another tab upgrade the database instead of blocking it; this tab then asks to reload.
  db.on('versionchange', () => {
    db.close()
    onNewerVersionElsewhere?.()
    return false
  })
  try {
    await db.open()
  } catch (error) {
    throw new MockedApiStartError(
      `The app could not open its data store in this browser (${error instanceof Error ? error.message : String(error)}). Private browsing, or storage turned off in the browser’s settings, can cause this.`,
    )
  }
  chooseStore(dexieStore(db))
  // MSW answers the page's own fetch calls (an in-page source, not a service worker): nothing to
  // register or wait for on a first visit, and a hard reload cannot bypass it. Measured in #8.
  const network = defineNetwork({
    sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
    handlers,
    onUnhandledFrame: 'bypass',
    context: { quiet: true },
  })
  announceWrites(network)
  network.enable()
  void retireServiceWorker()
}

/** Every accepted write, from the UI or from a script calling the API, tells the app's other tabs to refresh. */
function announceWrites(network: { events: { on: (type: 'response:mocked', listener: (event: { request: Request; response: Response }) => void) => unknown } }): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(CHANGES_CHANNEL)
  network.events.on('response:mocked', ({ request, response }) => {
    const path = new URL(request.url).pathname
    if (!changesData(request.method, path) || !response.ok) return
    const notice: ChangeNotice = { type: 'changed', tab: THIS_TAB, method: request.method, path }
    channel.postMessage(notice)
  })
}

/** Unregisters the service worker that earlier releases answered `/api` with; it would only add a hop now. */
async function retireServiceWorker(): Promise<void> {
  const registrations = (await navigator.serviceWorker?.getRegistrations().catch(() => [])) ?? []
  await Promise.all(
    registrations
      .filter((registration) => (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL.endsWith('/mockServiceWorker.js') ?? false)
      .map((registration) => registration.unregister()),
  )
}
