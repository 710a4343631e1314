// A local OpenID provider for the sign-in tests, so they need no network: oidc-provider with
// its own small login and consent pages. Imports packages only, so a plain `node` script can
// start it too (e2e/server/oidc-provider.mjs): no path aliases, nothing Node's type stripping refuses.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, { type Adapter, type AdapterPayload, type Configuration, type KoaContextWithOIDC } from 'oidc-provider'

/** A relying party the provider knows: the app under test. */
export interface TestClient {
  clientId: string
  clientSecret: string
  redirectUris: string[]
  postLogoutRedirectUris?: string[]
}

/** A person the provider knows by email; any other email signs in too, named after its local part. */
export interface TestAccount {
  name: string
  /** Default true. */
  emailVerified?: boolean
}

/** What the provider is started with. */
export interface TestProviderOptions {
  clients: TestClient[]
  /** Keyed by email address (case does not matter). */
  accounts?: Record<string, TestAccount>
  /** Default 0: any free port. */
  port?: number
}

/** A running provider on 127.0.0.1. */
export interface TestProvider {
  /** `http://127.0.0.1:PORT`, no trailing slash: what discovery is given. */
  issuer: string
  stop(): Promise<void>
}

/** The `sub` claim the provider gives an email address: the same on every run. */
export function testSubject(email: string): string {
  return createHash('sha256').update(normaliseEmail(email)).digest('base64url').slice(0, 32)
}

/** Starts a provider: authorization code with PKCE (S256) required, scopes openid email profile, RP-initiated logout. */
export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const accounts = new Map(Object.entries(options.accounts ?? {}).map(([email, account]) => [normaliseEmail(email), account]))
  /** sub → email, for everyone who has signed in. */
  const signedIn = new Map<string, string>()
  let provider: Provider | undefined
  let answer: ReturnType<Provider['callback']> | undefined

  const server = createServer((req, res) => {
    if (!provider || !answer) return void res.writeHead(503).end()
    if (req.url?.startsWith('/interaction/')) return void interact(provider, req, res).catch((error: unknown) => failed(res, error))
    void answer(req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const configuration: Configuration = {
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
      // Basic or post: oidc-provider takes either for a client registered with one.
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid'],
    // The email and name go in the ID token as well as userinfo, as the big providers do.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    findAccount: (_ctx, sub) => {
      const email = signedIn.get(sub)
      if (email === undefined) return undefined
      const account = accounts.get(email)
      const claims = { sub, email, email_verified: account?.emailVerified ?? true, name: account?.name ?? nameFrom(email) }
      return { accountId: sub, claims: () => claims }
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    // Everything below is said so that the provider keeps its development warnings to itself.
    adapter: memoryAdapter(),
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600 },
    clientBasedCORS: () => false,
    renderError: (ctx, out) => {
      ctx.type = 'html'
      ctx.body = page('Sign-in failed', `<h1>Sign-in failed</h1><p>${escape(out.error)}: ${escape(out.error_description ?? '')}</p>`)
    },
  }
  provider = new Provider(issuer, configuration)
  answer = provider.callback()

  /** Answers the provider's interaction pages: sign in, allow, cancel. */
  async function interact(op: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', issuer)
    const [, , uid, action] = url.pathname.split('/')
    const details = await op.interactionDetails(req, res)
    if (uid !== details.uid) return void res.writeHead(400).end()
    const clientId = String(details.params.client_id)
    if (req.method === 'GET' && action === undefined) {
      const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : ''
      const html = details.prompt.name === 'login' ? loginPage(uid, clientId, hint, '') : consentPage(uid, clientId)
      return void res.writeHead(200, htmlHeaders).end(html)
    }
    if (req.method !== 'POST') return void res.writeHead(405).end()
    const form = new URLSearchParams(await readBody(req))
    if (action === 'login' && details.prompt.name === 'login') {
      const email = normaliseEmail(form.get('email') ?? '')
      if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
        return void res.writeHead(400, htmlHeaders).end(loginPage(uid, clientId, email, 'Enter an email address, like name@example.com'))
      }
      const sub = testSubject(email)
      signedIn.set(sub, email)
      return op.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false })
    }
    if (action === 'confirm' && details.prompt.name === 'consent' && details.session) {
      const grant = details.grantId ? await op.Grant.find(details.grantId) : new op.Grant({ accountId: details.session.accountId, clientId })
      if (!grant) return void res.writeHead(400).end()
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] }
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '))
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims)
      return op.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true })
    }
    if (action === 'abort') {
      const result = { error: 'access_denied', error_description: 'The person cancelled signing in' }
      return op.interactionFinished(req, res, result, { mergeWithLastSubmission: false })
    }
    res.writeHead(400).end()
  }

  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

const htmlHeaders = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }

function loginPage(uid: string, clientId: string, email: string, error: string): string {
  const errorHtml = error ? `<p id="email-error">${escape(error)}</p>` : ''
  const described = error ? ' aria-describedby="email-error"' : ''
  return page(
    'Sign in',
    `<h1>Sign in</h1>
<p>to ${escape(clientId)}, on the test identity provider. Any email address signs in; the password is not checked.</p>
<form method="post" action="/interaction/${escape(uid)}/login">
${errorHtml}<label for="email">Email address</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escape(email)}"${described}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password">
<button type="submit">Sign in</button>
</form>
${cancelForm(uid)}`,
  )
}

function consentPage(uid: string, clientId: string): string {
  return page(
    'Allow access',
    `<h1>Allow ${escape(clientId)} to know who you are?</h1>
<p>It will see your email address and your name.</p>
<form method="post" action="/interaction/${escape(uid)}/confirm">
<button type="submit">Allow</button>
</form>
${cancelForm(uid)}`,
  )
}

const cancelForm = (uid: string) => `<form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit">Cancel</button></form>`

/** The page asking to sign out; its first button signs out of the provider altogether. */
function logoutSource(ctx: KoaContextWithOIDC, form: string): void {
  const buttons = '<button type="submit" name="logout" value="yes">Sign out</button><button type="submit">Stay signed in</button>'
  ctx.type = 'html'
  ctx.body = page('Sign out', `<h1>Sign out of the test identity provider?</h1>\n${form.replace('</form>', `${buttons}</form>`)}`)
}

function postLogoutSuccessSource(ctx: KoaContextWithOIDC): void {
  ctx.type = 'html'
  ctx.body = page('Signed out', '<h1>You have signed out</h1>')
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${escape(title)} – test identity provider</title></head>
<body><main>
${body}
</main></body>
</html>`
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

/** ann.o-neill@x → "Ann O Neill": a name for someone the tests did not list. */
function nameFrom(email: string): string {
  const local = email.slice(0, email.indexOf('@'))
  return local
    .split(/[._+-]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' ')
}

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return { ...privateKey.export({ format: 'jwk' }), kid: 'test-signing-key', alg: 'RS256', use: 'sig' }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function failed(res: ServerResponse, error: unknown): void {
  if (res.headersSent) return void res.end()
  const message = error instanceof Error ? error.message : String(error)
  res.writeHead(400, htmlHeaders).end(page('Sign-in failed', `<h1>Sign-in failed</h1><p>${escape(message)}</p>`))
}

/** oidc-provider's storage, in memory for one provider: sessions, interactions, codes, tokens, grants. */
function memoryAdapter(): (model: string) => Adapter {
  const store = new Map<string, { payload: AdapterPayload; expiresAt: number }>()
  const live = (key: string) => {
    const entry = store.get(key)
    if (entry && entry.expiresAt <= Date.now()) store.delete(key)
    return entry && entry.expiresAt > Date.now() ? entry.payload : undefined
  }
  const findWhere = (model: string, test: (payload: AdapterPayload) => boolean) => {
    for (const key of store.keys()) {
      const payload = key.startsWith(`${model}:`) ? live(key) : undefined
      if (payload && test(payload)) return payload
    }
    return undefined
  }
  return (model) => ({
    upsert: async (id, payload, expiresIn) => {
      store.set(`${model}:${id}`, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity })
    },
    find: async (id) => live(`${model}:${id}`),
    findByUid: async (uid) => findWhere(model, (payload) => payload.uid === uid),
    findByUserCode: async (userCode) => findWhere(model, (payload) => payload.userCode === userCode),
    consume: async (id) => {
      const payload = live(`${model}:${id}`)
      if (payload) payload.consumed = Math.floor(Date.now() / 1000)
    },
    destroy: async (id) => {
      store.delete(`${model}:${id}`)
    },
    revokeByGrantId: async (grantId) => {
      for (const [key, { payload }] of store) if (payload.grantId === grantId) store.delete(key)
    },
  })
}
