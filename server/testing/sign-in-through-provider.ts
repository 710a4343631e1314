// A browser's sign-in, over plain HTTP: follows the app's redirects to the test provider
// (./oidc-provider.ts), fills its pages in, and follows the provider back to the app, keeping
// each origin's cookies as a browser would. Imports nothing of the project, like the provider.

/** The cookies a test browser holds, per origin (scheme, host and port), with their paths. */
export class CookieJar {
  #origins = new Map<string, Map<string, { name: string; value: string; path: string }>>()

  /** Sets a cookie on `origin` (path `/`), as if that origin had set it. */
  set(origin: string, name: string, value: string): void {
    this.#cookiesOf(origin).set(`/\n${name}`, { name, value, path: '/' })
  }

  /** Every cookie the origin holds, name → value, whatever its path. */
  read(origin: string): Record<string, string> {
    return Object.fromEntries([...this.#cookiesOf(origin).values()].map((cookie) => [cookie.name, cookie.value]))
  }

  /** The Cookie header a browser would send to `url`, or undefined for none. */
  header(url: URL): string | undefined {
    const sent = [...this.#cookiesOf(url.origin).values()].filter((cookie) => pathMatches(url.pathname, cookie.path))
    // Longer paths first, as browsers send them.
    sent.sort((a, b) => b.path.length - a.path.length)
    return sent.length ? sent.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') : undefined
  }

  /** Keeps what the response's Set-Cookie headers say: new cookies, changed ones, expired ones gone. */
  store(url: URL, response: Response): void {
    const cookies = this.#cookiesOf(url.origin)
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const equals = pair.indexOf('=')
      if (equals < 1) continue
      const name = pair.slice(0, equals).trim()
      const value = pair.slice(equals + 1).trim()
      let path = url.pathname.slice(0, Math.max(url.pathname.lastIndexOf('/'), 1))
      let expired = false
      for (const attribute of attributes) {
        const [key = '', setting = ''] = attribute.split('=').map((part) => part.trim())
        if (/^path$/i.test(key) && setting.startsWith('/')) path = setting
        if (/^max-age$/i.test(key) && Number(setting) <= 0) expired = true
        if (/^expires$/i.test(key) && Date.parse(setting) <= Date.now()) expired = true
      }
      if (expired) cookies.delete(`${path}\n${name}`)
      else cookies.set(`${path}\n${name}`, { name, value, path })
    }
  }

  #cookiesOf(origin: string) {
    let cookies = this.#origins.get(origin)
    if (!cookies) this.#origins.set(origin, (cookies = new Map()))
    return cookies
  }
}

/** Where a journey through the provider starts, and what a test changes on the way. */
export interface ProviderJourneyOptions {
  /** The app's URL the journey starts at, e.g. http://127.0.0.1:PORT/auth/sign-in. */
  startUrl: string | URL
  /** The first request's method, headers and body (default a plain GET), e.g. a POST to sign out. */
  startInit?: RequestInit
  /** Cookies the app's origin holds before the journey, e.g. a session id an attacker planted. */
  appCookies?: Record<string, string>
  /** The same browser as an earlier journey (its `cookieJar`); default a new one. */
  cookieJar?: CookieJar
  /** Changes each URL the provider sends the browser back to the app with, before it is requested. */
  rewriteCallback?: (url: URL) => URL | string
  /** The app's redirects into this path are followed; others end the journey. Default '/auth/'. */
  authPath?: string
  fetch?: typeof fetch
}

/** A sign-in: the journey, and who signs in at the provider. */
export interface SignInOptions extends ProviderJourneyOptions {
  email: string
  /** Not checked by the test provider. Default 'password'. */
  password?: string
  /** Press Cancel on the provider's login page instead: the app is told `access_denied`. */
  cancel?: boolean
}

/** How a journey ended. */
export interface ProviderJourney {
  /** The last response: the app's first that is not a redirect into `authPath` or the provider, or a provider page with no form. */
  response: Response
  /** The app's origin's cookies at the end, name → value (any planted ones the app left alone included). */
  appCookies: Record<string, string>
  /** Every URL requested, in order. */
  steps: string[]
  /** The URL the provider last sent the browser back to the app with, as the provider wrote it (before `rewriteCallback`). */
  callbackUrl: URL | undefined
  cookieJar: CookieJar
}

/** Signs in as `email`: from the app's sign-in URL through the provider's login and consent pages and back. */
export function signInThroughProvider(options: SignInOptions): Promise<ProviderJourney> {
  return journey(options, { email: options.email, password: options.password ?? 'password', cancel: options.cancel ?? false })
}

/** Signs out: from the app's sign-out URL, through the provider's "Sign out" page (when it shows one) and back. */
export function signOutThroughProvider(options: ProviderJourneyOptions): Promise<ProviderJourney> {
  return journey(options, undefined)
}

const maxSteps = 30

/** RFC 6265's path match: the cookie's path, or a path below it. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true
  return requestPath.startsWith(cookiePath) && (cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/')
}

async function journey(
  options: ProviderJourneyOptions,
  login: { email: string; password: string; cancel: boolean } | undefined,
): Promise<ProviderJourney> {
  const fetchFn = options.fetch ?? fetch
  const authPath = options.authPath ?? '/auth/'
  const jar = options.cookieJar ?? new CookieJar()
  let url = new URL(options.startUrl)
  const appOrigin = url.origin
  for (const [name, value] of Object.entries(options.appCookies ?? {})) jar.set(appOrigin, name, value)
  const steps: string[] = []
  let callbackUrl: URL | undefined
  let init: { method: string; headers: Headers; body?: BodyInit | null } = {
    method: options.startInit?.method ?? 'GET',
    headers: new Headers(options.startInit?.headers),
    body: options.startInit?.body ?? null,
  }
  const end = (response: Response): ProviderJourney => ({ response, appCookies: jar.read(appOrigin), steps, callbackUrl, cookieJar: jar })

  for (let step = 0; step < maxSteps; step++) {
    const cookie = jar.header(url)
    if (cookie) init.headers.set('Cookie', cookie)
    else init.headers.delete('Cookie')
    steps.push(url.href)
    const response = await fetchFn(url, { ...init, redirect: 'manual' })
    jar.store(url, response)
    const onApp = url.origin === appOrigin

    const location = response.headers.get('Location')
    if (response.status >= 300 && response.status < 400 && location !== null) {
      let next = new URL(location, url)
      if (onApp && next.origin === appOrigin && !next.pathname.startsWith(authPath)) return end(response)
      if (!onApp && next.origin === appOrigin) {
        callbackUrl = next
        if (options.rewriteCallback) next = new URL(options.rewriteCallback(new URL(next)), next)
      }
      const keepsMethod = response.status === 307 || response.status === 308
      init = keepsMethod ? { ...init, headers: new Headers(init.headers) } : { method: 'GET', headers: new Headers() }
      url = next
      continue
    }
    if (onApp) return end(response)

    const forms = formsOf(await response.clone().text())
    const form = login?.cancel ? forms.find((candidate) => candidate.action.endsWith('/abort')) : forms[0]
    if (!form) return end(response)
    const fields = new URLSearchParams()
    for (const input of form.inputs) {
      if (input.name === 'email' || input.type === 'email') {
        if (!login) throw new Error(`The provider asked for an email address at ${url.href}, and this journey has none`)
        fields.append(input.name, login.email)
      } else if (input.type === 'password') fields.append(input.name, login?.password ?? '')
      else if (input.type !== 'checkbox' && input.type !== 'radio' && input.type !== 'submit') fields.append(input.name, input.value)
    }
    if (form.button?.name) fields.append(form.button.name, form.button.value)
    const action = new URL(form.action || url.href, url)
    if (form.method === 'get') {
      action.search = fields.toString()
      init = { method: 'GET', headers: new Headers() }
    } else {
      const headers = new Headers({ 'Content-Type': 'application/x-www-form-urlencoded', Origin: url.origin })
      init = { method: 'POST', headers, body: fields.toString() }
    }
    url = action
  }
  throw new Error(`The journey took more than ${maxSteps} steps: ${steps.join(' → ')}`)
}

interface PageForm {
  action: string
  method: string
  inputs: { name: string; type: string; value: string }[]
  /** The form's first submit button: the one the journey presses. */
  button: { name: string; value: string } | undefined
}

/** The page's forms, read with patterns: enough for the provider's own plain pages. */
function formsOf(html: string): PageForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)].map(([, formAttributes = '', inner = '']) => formOf(formAttributes, inner))
}

function formOf(formAttributes: string, inner: string): PageForm {
  const form = attributesOf(formAttributes)
  const inputs = [...inner.matchAll(/<input\b([^>]*)>/gi)]
    .map(([, attributes = '']) => attributesOf(attributes))
    .filter((input) => input.name)
    .map((input) => ({ name: input.name ?? '', type: (input.type ?? 'text').toLowerCase(), value: input.value ?? '' }))
  const button = [...inner.matchAll(/<button\b([^>]*)>/gi)]
    .map(([, attributes = '']) => attributesOf(attributes))
    .find((attributes) => (attributes.type ?? 'submit').toLowerCase() === 'submit')
  return {
    action: form.action ?? '',
    method: (form.method ?? 'get').toLowerCase(),
    inputs,
    button: button && { name: button.name ?? '', value: button.value ?? '' },
  }
}

function attributesOf(source: string): Partial<Record<string, string>> {
  const attributes: Partial<Record<string, string>> = {}
  for (const [, name = '', doubled, single, bare] of source.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attributes[name.toLowerCase()] = decodeEntities(doubled ?? single ?? bare ?? '')
  }
  return attributes
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)))
    return named[code.toLowerCase()] ?? entity
  })
}
