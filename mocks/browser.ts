import { setupWorker } from 'msw/browser'
import { db } from './db/database'
import { seedIfEmpty } from './db/seed'
import { handlers } from './handlers/index'

/** Why the mocked API could not start, in words a person can act on. */
export class MockedApiStartError extends Error {
  override name = 'MockedApiStartError'
}

interface StartOptions {
  /** Another tab opened a newer version of the store: this one has closed its copy and must reload. */
  onNewerVersionElsewhere?: () => void
}

/** Opens the store (loading demo data on first run), then starts answering `/api` in this page. */
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
    await seedIfEmpty()
  } catch (error) {
    throw new MockedApiStartError(
      `The app could not open its data store in this browser (${error instanceof Error ? error.message : String(error)}). Private browsing, or storage turned off in the browser’s settings, can cause this.`,
    )
  }
  const worker = setupWorker(...handlers)
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  })
}
