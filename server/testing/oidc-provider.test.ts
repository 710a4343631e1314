import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import * as client from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestProvider, testSubject, type TestProvider } from './oidc-provider'
import { signInThroughProvider, signOutThroughProvider } from './sign-in-through-provider'

// A relying party as small as it can be, written the way openid-client 6 wants:
// PKCE (S256), state and nonce kept in a cookie-keyed map, the callback URL rebuilt from the
// registered redirect URI, and the ID token's claims kept as the session.
let provider: TestProvider
let appServer: Server
let appUrl: string
let config: client.Configuration
const clientId = 'improvement-tracker'
const clientSecret = 'test-secret'
const pending = new Map<string, { verifier: string; state: string; nonce: string }>()
const sessions = new Map<string, { claims: client.IDToken; idToken: string }>()
/** What openid-client threw at the callback, newest last. */
const failures: unknown[] = []

const app = new Hono()
app.get('/auth/sign-in', async (c) => {
  const login = { verifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce() }
  const id = randomUUID()
  pending.set(id, login)
  setCookie(c, 'login', id, { httpOnly: true, sameSite: 'Lax', path: '/auth/' })
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: `${appUrl}/auth/callback`,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(login.verifier),
    code_challenge_method: 'S256',
    state: login.state,
    nonce: login.nonce,
  })
  return c.redirect(url.href)
})
app.get('/auth/callback', async (c) => {
  const id = getCookie(c, 'login') ?? ''
  const login = pending.get(id)
  pending.delete(id)
  deleteCookie(c, 'login', { path: '/auth/' })
  if (!login) return c.text('No sign-in under way', 400)
  // The registered redirect URI with the query the provider sent: not c.req.url, whose origin
  // is whatever Host the request named (and http behind a TLS proxy).
  const currentUrl = new URL(`${appUrl}/auth/callback`)
  currentUrl.search = new URL(c.req.url).search
  try {
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: login.verifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
    })
    const claims = tokens.claims()
    if (!claims || !tokens.id_token) return c.text('No ID token', 400)
    const session = randomUUID()
    sessions.set(session, { claims, idToken: tokens.id_token })
    setCookie(c, 'session', session, { httpOnly: true, sameSite: 'Lax', path: '/' })
    return c.redirect('/')
  } catch (error) {
    failures.push(error)
    return c.text('Sign-in failed', 400)
  }
})
app.get('/', (c) => {
  const session = sessions.get(getCookie(c, 'session') ?? '')
  return session ? c.json(session.claims) : c.text('Not signed in', 401)
})
app.post('/auth/sign-out', (c) => {
  const id = getCookie(c, 'session') ?? ''
  const session = sessions.get(id)
  sessions.delete(id)
  deleteCookie(c, 'session', { path: '/' })
  if (!session) return c.redirect('/signed-out', 303)
  const url = client.buildEndSessionUrl(config, { id_token_hint: session.idToken, post_logout_redirect_uri: `${appUrl}/signed-out` })
  return c.redirect(url.href, 303)
})
app.get('/signed-out', (c) => c.text('You have signed out'))

beforeAll(async () => {
  appServer = createServer(getRequestListener(app.fetch))
  await new Promise<void>((resolve) => appServer.listen(0, '127.0.0.1', resolve))
  appUrl = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}`
  provider = await startTestProvider({
    clients: [{ clientId, clientSecret, redirectUris: [`${appUrl}/auth/callback`], postLogoutRedirectUris: [`${appUrl}/signed-out`] }],
    accounts: { 'Chair@Northshire.example': { name: 'Ann Chair' }, 'unverified@northshire.example': { name: 'Una Verified', emailVerified: false } },
  })
  // http on loopback: openid-client refuses plain http unless told.
  config = await client.discovery(new URL(provider.issuer), clientId, clientSecret, undefined, {
    execute: [client.allowInsecureRequests],
  })
})

afterAll(async () => {
  await provider?.stop()
  await new Promise((resolve) => appServer?.close(resolve))
  appServer?.closeAllConnections()
})

async function claimsOf(appCookies: Record<string, string>) {
  const response = await fetch(appUrl, { headers: { Cookie: `session=${appCookies.session}` } })
  expect(response.status).toBe(200)
  return (await response.json()) as Record<string, unknown>
}

describe('signInThroughProvider against the test provider', () => {
  it('signs a listed person in through the login and consent pages, with their email and name in the ID token', async () => {
    const { response, appCookies, steps } = await signInThroughProvider({ startUrl: `${appUrl}/auth/sign-in`, email: 'chair@northshire.example' })

    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe('/')
    expect(steps[0]).toBe(`${appUrl}/auth/sign-in`)
    expect(steps.filter((step) => step.startsWith(provider.issuer)).map((step) => new URL(step).pathname.replace(/\/interaction\/[^/]+/, '/interaction/…'))).toEqual([
      '/auth',
      '/interaction/…',
      '/interaction/…/login',
      expect.stringMatching(/^\/auth\//),
      '/interaction/…',
      '/interaction/…/confirm',
      expect.stringMatching(/^\/auth\//),
    ])
    expect(steps.at(-1)).toMatch(new RegExp(`^${appUrl}/auth/callback\\?code=`))
    expect(await claimsOf(appCookies)).toMatchObject({
      iss: provider.issuer,
      aud: clientId,
      sub: testSubject('chair@northshire.example'),
      email: 'chair@northshire.example',
      email_verified: true,
      name: 'Ann Chair',
    })
  })

  it('signs anyone else in too, named after their address, with the same subject every time', async () => {
    const first = await signInThroughProvider({ startUrl: `${appUrl}/auth/sign-in`, email: 'pat.o-brien@elsewhere.example' })
    const again = await signInThroughProvider({ startUrl: `${appUrl}/auth/sign-in`, email: ' Pat.O-Brien@Elsewhere.example' })

    const claims = await claimsOf(first.appCookies)
    expect(claims).toMatchObject({ email: 'pat.o-brien@elsewhere.example', email_verified: true, name: 'Pat O Brien' })
    expect((await claimsOf(again.appCookies)).sub).toBe(claims.sub)
  })

  it('says when an address is not verified', async () => {
    const { appCookies } = await signInThroughProvider({ startUrl: `${appUrl}/auth/sign-in`, email: 'unverified@northshire.example' })
    expect(await claimsOf(appCookies)).toMatchObject({ email_verified: false, name: 'Una Verified' })
  })

  it('starts with the cookies a test plants, and ends with the ones the app set', async () => {
    const { appCookies } = await signInThroughProvider({
      startUrl: `${appUrl}/auth/sign-in`,
      email: 'chair@northshire.example',
      appCookies: { session: 'planted', theme: 'dark' },
    })
    expect(appCookies.theme).toBe('dark')
    expect(appCookies.session).not.toBe('planted')
    expect(sessions.has(appCookies.session ?? '')).toBe(true)
  })

  it('lets a test change the callback, and openid-client refuses a state it did not send', async () => {
    const before = failures.length
    const { response, callbackUrl, steps } = await signInThroughProvider({
      startUrl: `${appUrl}/auth/sign-in`,
      email: 'chair@northshire.example',
      rewriteCallback: (url) => {
        url.searchParams.set('state', 'forged')
        return url
      },
    })

    expect(response.status).toBe(400)
    expect(callbackUrl?.searchParams.get('state')).not.toBe('forged')
    expect(new URL(steps.at(-1) ?? '').searchParams.get('state')).toBe('forged')
    expect(failures.slice(before)).toEqual([
      expect.objectContaining({
        name: 'ClientError',
        code: 'OAUTH_INVALID_RESPONSE',
        cause: expect.objectContaining({ message: 'unexpected "state" response parameter value' }),
      }),
    ])
  })

  it('cancels at the login page, and openid-client throws the access_denied the app is sent', async () => {
    const before = failures.length
    const { response, steps } = await signInThroughProvider({ startUrl: `${appUrl}/auth/sign-in`, email: 'chair@northshire.example', cancel: true })

    expect(response.status).toBe(400)
    expect(new URL(steps.at(-1) ?? '').searchParams.get('error')).toBe('access_denied')
    expect(failures.slice(before)).toEqual([expect.objectContaining({ name: 'AuthorizationResponseError', error: 'access_denied' })])
  })

  it('is refused by the provider without PKCE', async () => {
    const url = client.buildAuthorizationUrl(config, { redirect_uri: `${appUrl}/auth/callback`, scope: 'openid email', state: 's', nonce: 'n' })
    const response = await fetch(url, { redirect: 'manual' })
    const location = new URL(response.headers.get('Location') ?? '')
    expect(location.pathname).toBe('/auth/callback')
    expect(location.searchParams.get('error')).toBe('invalid_request')
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/)
  })
})

describe('signOutThroughProvider', () => {
  it('ends the provider session through its sign-out page and comes back to the post-logout URI', async () => {
    const signedIn = await signInThroughProvider({ startUrl: `${appUrl}/auth/sign-in`, email: 'chair@northshire.example' })

    const signedOut = await signOutThroughProvider({
      startUrl: `${appUrl}/auth/sign-out`,
      startInit: { method: 'POST' },
      cookieJar: signedIn.cookieJar,
    })

    expect(signedOut.response.status).toBe(200)
    expect(await signedOut.response.text()).toBe('You have signed out')
    expect(signedOut.steps.map((step) => new URL(step).pathname)).toEqual([
      '/auth/sign-out',
      '/session/end',
      '/session/end/confirm',
      '/signed-out',
    ])
    expect(signedOut.appCookies.session).toBeUndefined()
    // The provider has forgotten the person: the same browser meets the login page again.
    const again = await signInThroughProvider({ startUrl: `${appUrl}/auth/sign-in`, email: 'chair@northshire.example', cookieJar: signedIn.cookieJar })
    expect(again.steps.some((step) => step.endsWith('/login'))).toBe(true)
  })
})
