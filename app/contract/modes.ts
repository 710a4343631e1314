/**
 * Which API serves the page. Opened as a static site, the app runs its own local API in the
 * browser; served by the shared server (`npm run serve`), it talks to that server. The server
 * says so in index.html before any script runs, with these meta tags, and in `GET /api/server`.
 */
export const API_MODE_META = 'improvement-tracker-api'
/** Present with API_MODE_META: whether the server takes X-Acting-As (development) or no changes at all (none). */
export const IDENTITY_META = 'improvement-tracker-identity'

// No zod here: app/main.tsx reads the mode before anything else loads, and stays a few kB.
export const serverIdentities = ['development', 'none'] as const
export type ServerIdentity = (typeof serverIdentities)[number]

/** `GET /api/server`: only the shared server answers it (the local API has no such path). */
export interface ServerInfo {
  mode: 'server'
  identity: ServerIdentity
}

/** The three ways the app can be running, as every page says. */
export type AppMode = 'local' | 'server-development' | 'server-read-only'

export function appModeOf(info: ServerInfo | null): AppMode {
  if (!info) return 'local'
  return info.identity === 'development' ? 'server-development' : 'server-read-only'
}

/**
 * What the page says about where its data is. The shell pre-rendered into index.html says the
 * local line; the shared server replaces these very sentences before sending the page, so the
 * right one shows before any script has run.
 */
export const modeWords: Record<AppMode, { line: string; footer: string }> = {
  local: {
    line: 'Browser-only: the data is kept in this browser on this device.',
    footer: 'keeps its data in this browser on this device. Download a backup from Settings regularly.',
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
