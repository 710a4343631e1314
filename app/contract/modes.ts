/**
 * Which API serves the page. Opened as a static site, the app runs its own local API in the
 * browser; served by the shared server (`npm run serve`), it talks to that server. The server
 * says so in index.html before any script runs, with these meta tags, and in `GET /api/server`.
 */
/** The service's name, in every page's title and header (the app's and the server's own sign-in pages). */
export const SERVICE_NAME = 'Improvement Tracker'

export const API_MODE_META = 'improvement-tracker-api'
/**
 * Present with API_MODE_META: whether people sign in with the council's identity provider
 * (sign-in), the server takes X-Acting-As (development), or it takes no changes at all (none).
 */
export const IDENTITY_META = 'improvement-tracker-identity'

// No zod here: app/main.tsx reads the mode before anything else loads, and stays a few kB.
export const serverIdentities = ['sign-in', 'development', 'none'] as const
export type ServerIdentity = (typeof serverIdentities)[number]

/** `GET /api/server`: only the shared server answers it (the local API has no such path). */
export interface ServerInfo {
  mode: 'server'
  identity: ServerIdentity
}

/** The three ways the app can be running, as every page says. */
export type AppMode = 'local' | 'server-sign-in' | 'server-development' | 'server-read-only'

export function appModeOf(info: ServerInfo | null): AppMode {
  if (!info) return 'local'
  if (info.identity === 'sign-in') return 'server-sign-in'
  return info.identity === 'development' ? 'server-development' : 'server-read-only'
}

/**
 * What the page says about where its data is. The shell pre-rendered into index.html says the
 * local line; the shared server replaces these very sentences before sending the page, so the
 * right one shows before any script has run.
 */
export const modeWords: Record<AppMode, { line: string; footer: string }> = {
  local: {
    line: 'Browser-only: a single-device mode. The data is kept in this browser on this device, and anyone using it can choose who they act as.',
    footer: 'keeps its data in this browser on this device. Download a backup from Settings regularly.',
  },
  'server-sign-in': {
    line: 'Shared server: everyone signs in with their council account, and every change is recorded under their name.',
    footer: 'keeps its data on the shared server that sent this page.',
  },
  'server-development': {
    line: 'Shared server — development mode: anyone can choose who they act as. Not for real use.',
    footer: 'keeps its data on the shared server that sent this page.',
  },
  'server-read-only': {
    line: 'Shared server — read only: sign-in is not set up, so no changes can be made.',
    footer: 'keeps its data on the shared server that sent this page.',
  },
}
