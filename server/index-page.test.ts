import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { AppMode, ServerIdentity } from '@/contract/modes'
import { ShellLoading } from '@/routes/shell'
import { serverIndexHtml } from './index-page'

/** index.html as the build writes it (vite.config.ts: charset, CSP, the shell rendered in) around the shell for `mode`. */
function builtPage(mode: AppMode) {
  const shell = renderToStaticMarkup(createElement(ShellLoading, { routed: false, mode }))
  return `<!doctype html>
<html lang="en-GB" class="govuk-template">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
  </head>
  <body><div id="root">${shell}</div></body>
</html>`
}

describe('serverIndexHtml', () => {
  it.each<[ServerIdentity, AppMode]>([
    ['development', 'server-development'],
    ['none', 'server-read-only'],
  ])('turns the built page into what the app itself shows on a server with identity %s, before any script', (identity, mode) => {
    const served = serverIndexHtml(builtPage('local'), identity)
    const meta = `<meta name="improvement-tracker-api" content="server" />\n    <meta name="improvement-tracker-identity" content="${identity}" />`
    expect(served).toBe(builtPage(mode).replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`))
  })

  it('puts the meta tags at the top of <head> when the page has no charset tag', () => {
    expect(serverIndexHtml('<html><head><title>x</title></head></html>', 'none')).toBe(
      '<html><head>\n    <meta name="improvement-tracker-api" content="server" />\n    <meta name="improvement-tracker-identity" content="none" /><title>x</title></head></html>',
    )
  })
})
