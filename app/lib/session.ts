import { appModeOf, type AppMode } from '@/contract/modes'
import { apiPaths, authPaths } from '@/contract/paths'
import { LOCAL_API_HEADER } from '@/contract/problem'
import { sessionInfoSchema } from '@/contract/sessions'
import { useActingAsStore } from '@/stores/acting-as-store'
import { useSessionStore } from '@/stores/session-store'
import { appMode } from './app-mode'

/** Whether the person chooses who they act as (browser-only and the server's development mode), rather than signing in. */
export function choosesWhoToActAs(mode: AppMode = appMode()): boolean {
  return mode === 'local' || mode === appModeOf({ mode: 'server', identity: 'development' })
}

/** The server's sign-in page, coming back to this page afterwards. */
export function signInUrl(returnTo = `${window.location.pathname}${window.location.search}`): string {
  return returnTo === '/' ? authPaths.signIn : `${authPaths.signIn}?return=${encodeURIComponent(returnTo)}`
}

/**
 * On the shared server with sign-in, before the first page loads: who is signed in. The server
 * sends the app only with a live session, so a 401 here means it ended in between: sign in again.
 * Runs before the API client may (it waits for this), so it calls fetch itself.
 */
export async function startSession(): Promise<void> {
  const response = await fetch(apiPaths.session, { headers: { Accept: 'application/json' } })
  if (response.status === 401) {
    window.location.assign(signInUrl())
    // The page is going: nothing should start meanwhile.
    await new Promise(() => undefined)
  }
  if (!response.ok || response.headers.get(LOCAL_API_HEADER) !== '1') throw new Error(`The server did not say who is signed in (HTTP ${response.status}).`)
  const info = sessionInfoSchema.parse(await response.json())
  useSessionStore.getState().setSignedIn(info)
  useActingAsStore.setState({ personId: info.person?.id ?? null })
}
