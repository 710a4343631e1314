import { API_MODE_META, appModeOf, IDENTITY_META, modeWords, type ServerIdentity } from '@/contract/modes'

/**
 * The built index.html as the shared server sends it: meta tags that tell the app it is served by
 * the server (so it starts no local API), and the pre-rendered shell's words about where the data
 * is changed from the browser-only ones to this server's, so the right ones show before any script.
 */
export function serverIndexHtml(html: string, identity: ServerIdentity): string {
  const mode = appModeOf({ mode: 'server', identity })
  const meta = `<meta name="${API_MODE_META}" content="server" />\n    <meta name="${IDENTITY_META}" content="${identity}" />`
  // Right after the charset (which must come first), else at the top of <head>.
  const charset = /<meta charset=[^>]*>/i
  const withMeta = charset.test(html) ? html.replace(charset, (tag) => `${tag}\n    ${meta}`) : html.replace(/<head[^>]*>/i, (tag) => `${tag}\n    ${meta}`)
  return withMeta
    .replace('data-mode="local"', `data-mode="${mode}"`)
    .replace(modeWords.local.line, modeWords[mode].line)
    .replace(modeWords.local.footer, modeWords[mode].footer)
}
