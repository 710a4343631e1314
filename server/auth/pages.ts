import { SERVICE_NAME } from '@/contract/modes'

/**
 * The sign-in pages the server writes itself (sign in, refused, signed out, sign-in failed): plain
 * HTML in the GOV.UK look, from the built app's own stylesheet, with no script, so they work
 * before the app has loaded and when it cannot.
 */
export interface PageContent {
  title: string
  /** Paragraphs, lists and buttons, already HTML: build them with `html`. */
  body: Html
  status?: number
  councilName?: string | undefined
}

/** Text that is already safe HTML. */
export interface Html {
  readonly html: string
}

/** Escapes text for HTML (content and attribute values in double quotes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** A template literal whose values are escaped, unless they are Html already (or lists of it). */
export function html(strings: TemplateStringsArray, ...values: (string | number | Html | readonly Html[])[]): Html {
  let out = strings[0] ?? ''
  values.forEach((value, index) => {
    const part = Array.isArray(value) ? value.map((each: Html) => each.html).join('') : typeof value === 'object' ? (value as Html).html : escapeHtml(String(value))
    out += part + (strings[index + 1] ?? '')
  })
  return { html: out }
}

/** The policy of these pages: the stylesheet and icon from this origin, forms only to this origin, nothing else. */
export const PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

/** The built app's stylesheets, named in its index.html (their names carry a content hash). */
export function stylesheetsOf(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g)].map((match) => match[1] ?? '').filter((href) => href.startsWith('/'))
}

export function renderPage(page: PageContent, stylesheets: readonly string[]): Response {
  const links = stylesheets.map((href) => html`<link rel="stylesheet" href="${href}">`)
  const document = html`<!DOCTYPE html>
<html lang="en-GB" class="govuk-template">
  <head>
    <meta charset="utf-8">
    <title>${page.title} – ${SERVICE_NAME}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    ${links}
  </head>
  <body class="govuk-template__body">
    <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
    <header class="govuk-generic-header" role="banner">
      <div class="govuk-generic-header__container govuk-width-container">
        <div class="govuk-generic-header__logo">${page.councilName ? html`<span class="govuk-generic-header__homepage-link">${page.councilName}</span>` : ''}</div>
      </div>
    </header>
    <section aria-label="Service information" class="govuk-service-navigation">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <span class="govuk-service-navigation__service-name"><a href="/" class="govuk-service-navigation__link">${SERVICE_NAME}</a></span>
        </div>
      </div>
    </section>
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper" id="main-content">
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <h1 class="govuk-heading-l">${page.title}</h1>
            ${page.body}
          </div>
        </div>
      </main>
    </div>
    <footer class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p class="govuk-body-s govuk-!-margin-0">${SERVICE_NAME} keeps its data on the shared server that sent this page.</p>
          </div>
        </div>
      </div>
    </footer>
  </body>
</html>
`
  return new Response(document.html, {
    status: page.status ?? 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': PAGE_POLICY },
  })
}
