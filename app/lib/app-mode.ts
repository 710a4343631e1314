import { API_MODE_META, appModeOf, IDENTITY_META, serverIdentities, type AppMode } from '@/contract/modes'

/**
 * Which API serves this page, as index.html says: the shared server adds its meta tags, a static
 * host sends the page as built (no tags: the local API). Outside a page (the build rendering the
 * shell) it is the local API.
 */
export function appMode(): AppMode {
  if (typeof document === 'undefined') return 'local'
  const meta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content')
  if (meta(API_MODE_META) !== 'server') return 'local'
  // A server that does not say it takes X-Acting-As is taken to refuse changes.
  const identity = serverIdentities.find((known) => known === meta(IDENTITY_META)) ?? 'none'
  return appModeOf({ mode: 'server', identity })
}

/** Whether the person chooses who they act as (browser-only and the server's development mode), rather than signing in. */
export function choosesWhoToActAs(mode: AppMode = appMode()): boolean {
  return mode === 'local' || mode === 'server-development'
}
