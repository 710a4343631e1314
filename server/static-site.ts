import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { getMimeType } from 'hono/utils/mime'
import type { ServerIdentity } from '@/contract/modes'
import { serverIndexHtml } from './index-page'

/** Hashed file names (Vite's /assets/) never change content: browsers may keep them for a year. */
const FOREVER = 'public, max-age=31536000, immutable'

/**
 * The built app (Vite's dist/) as the shared server sends it: its files with their content types,
 * and index.html, with the server's meta tags, for every other path (the app routes in the page).
 * A missing /assets/ file is a 404, never index.html, which a browser would try to run as a script.
 * With sign-in, the page itself goes only to a browser with a live session (`gate`).
 */
export function staticSite(
  distDir: string,
  identity: ServerIdentity,
  /** Answers instead of the app's page when it says so (the sign-in page, without a live session); the files are for anyone. */
  gate?: (request: Request) => Promise<Response | undefined>,
): (request: Request) => Promise<Response> {
  const root = resolve(distDir)
  const indexPage = async (request: Request) => {
    const instead = await gate?.(request)
    if (instead) return instead
    // Read on every request (a few kB): a rebuilt dist/ is served at once, never a stale page naming deleted assets.
    const html = serverIndexHtml(await readFile(resolve(root, 'index.html'), 'utf8'), identity)
    const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`
    return answer(request, html, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', ETag: etag })
  }

  return async (request) => {
    const { pathname } = new URL(request.url)
    let path: string
    try {
      path = decodeURIComponent(pathname)
    } catch {
      return new Response('Bad request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    }
    const file = resolve(root, `.${path}`)
    if (path === '/' || path === '/index.html' || path.includes('\0') || !file.startsWith(root + sep)) return indexPage(request)
    const found = await stat(file).catch(() => null)
    if (found?.isFile()) {
      const etag = `"${found.size.toString(16)}-${Math.floor(found.mtimeMs).toString(16)}"`
      const cache = path.startsWith('/assets/') ? FOREVER : 'no-cache'
      const type = getMimeType(file) ?? 'application/octet-stream'
      return answer(request, () => readFile(file), { 'Content-Type': type, 'Cache-Control': cache, ETag: etag })
    }
    if (path.startsWith('/assets/')) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    return indexPage(request)
  }
}

/** 304 when the browser already has this version (compression makes the tag weak: compare without W/). */
async function answer(request: Request, body: string | (() => Promise<Uint8Array<ArrayBuffer>>), headers: Record<string, string>): Promise<Response> {
  const known = (request.headers.get('If-None-Match') ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''))
  const all = { ...headers, 'X-Content-Type-Options': 'nosniff' }
  if (known.includes(headers.ETag!)) return new Response(null, { status: 304, headers: all })
  return new Response(typeof body === 'string' ? body : await body(), { status: 200, headers: all })
}
