import { apiPaths, authPaths } from '@/contract/paths'
import type { SessionInfo } from '@/contract/sessions'
import { useActingAsStore } from '@/stores/acting-as-store'
import { useSessionStore } from '@/stores/session-store'
import { requestWhileStarting } from './api-client'

/** The server's sign-in page, coming back to this page afterwards. */
export function signInUrl(returnTo = `${window.location.pathname}${window.location.search}`): string {
  return returnTo === '/' ? authPaths.signIn : `${authPaths.signIn}?return=${encodeURIComponent(returnTo)}`
}

/**
 * On the shared server with sign-in, before the first page loads: who is signed in. The server
 * sends the app only with a live session, so a 401 here means it ended in between: sign in again.
 */
export async function startSession(): Promise<void> {
  const info = await requestWhileStarting<SessionInfo>(apiPaths.session)
  if (!info) {
    window.location.assign(signInUrl())
    // The page is going: nothing should start meanwhile.
    await new Promise(() => undefined)
    return
  }
  useSessionStore.getState().setSignedIn(info)
  useActingAsStore.setState({ personId: info.person?.id ?? null })
}
