import * as client from 'openid-client'

/** How the server signs people in: the council's OpenID Connect provider, and where this service is. */
export interface SignInSettings {
  /** The provider's issuer URL (its discovery document is at /.well-known/openid-configuration under it). */
  issuer: URL
  clientId: string
  clientSecret: string
  /** The address people use for this service, e.g. https://tracker.council.gov.uk: the callback is /auth/callback under it. */
  publicUrl: URL
  /** A session not used for this long ends (default 30 minutes). */
  idleMs: number
  /** A session ends this long after sign-in, however busy (default 12 hours). */
  lifetimeMs: number
  /**
   * Take the provider's `email` as verified even without `email_verified: true`: only for a provider
   * that issues addresses solely from the council's own directory (a single-tenant Entra ID app).
   */
  trustEmail: boolean
}

/** What the server needs of the provider; openid-client in production, the same in tests against a local provider. */
export interface Provider {
  /** Where to send the browser, with PKCE (S256), state and nonce. */
  authorizationUrl(checks: { state: string; nonce: string; codeVerifier: string }): Promise<URL>
  /** Redeems the callback's code (checking state, nonce and PKCE), answers the ID token's claims. */
  redeem(callbackUrl: URL, checks: { state: string; nonce: string; codeVerifier: string }): Promise<Record<string, unknown>>
  /** Where to send the browser to sign out at the provider too, when it offers that. */
  signOutUrl(afterwards: URL): Promise<URL | undefined>
}

/** A loopback address: http is allowed there (tests, and a provider on the same machine). */
export function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]'
}

/**
 * The provider through openid-client. Its discovery document is fetched at the first sign-in
 * (and again after a failure), so the server starts, and keeps its sessions, while the provider
 * is unreachable.
 */
export function openIdProvider(settings: SignInSettings): Provider {
  let discovered: Promise<client.Configuration> | undefined
  const configuration = () => {
    discovered ??= client
      .discovery(settings.issuer, settings.clientId, { client_secret: settings.clientSecret }, client.ClientSecretPost(settings.clientSecret), {
        execute: isLoopback(settings.issuer) ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = undefined
        throw error
      })
    return discovered
  }
  const redirectUri = new URL('/auth/callback', settings.publicUrl).href

  return {
    async authorizationUrl({ state, nonce, codeVerifier }) {
      const config = await configuration()
      return client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      })
    },
    async redeem(callbackUrl, { state, nonce, codeVerifier }) {
      const config = await configuration()
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true })
      const claims = tokens.claims()
      if (!claims) throw new Error('The provider sent no ID token.')
      // Some providers put the email in the ID token only when asked; the userinfo endpoint always has it.
      if (typeof claims.email === 'string' || !config.serverMetadata().userinfo_endpoint) return { ...claims }
      return { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims }
    },
    async signOutUrl(afterwards) {
      const config = await configuration()
      if (!config.serverMetadata().end_session_endpoint) return undefined
      return client.buildEndSessionUrl(config, { post_logout_redirect_uri: afterwards.href, client_id: settings.clientId })
    },
  }
}

/** New random values for one sign-in, from openid-client. */
export function newChecks(): { state: string; nonce: string; codeVerifier: string } {
  return { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() }
}
