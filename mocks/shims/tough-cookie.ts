/**
 * Stands in for tough-cookie in the browser build. MSW keeps a cookie jar (tough-cookie, with
 * the whole public-suffix list from tldts: about a quarter of the bundle) only to give handlers
 * the cookies of a request. The local API uses no cookies, so this jar is always empty.
 * Aliased in vite.config.ts for the browser build only; tests under Node use the real package.
 */
interface CookieLike {
  key: string
  value: string
  domain: string | null
  path: string | null
  toJSON(): Record<string, unknown>
}

export class Cookie implements CookieLike {
  key = ''
  value = ''
  domain: string | null = null
  path: string | null = null

  static fromJSON(): Cookie | null {
    return null
  }

  toJSON(): Record<string, unknown> {
    return { key: this.key, value: this.value, domain: this.domain, path: this.path }
  }
}

export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, CookieLike>>> = {}
}

export class CookieJar {
  constructor(_store?: MemoryCookieStore) {}

  getCookiesSync(_url: string): Cookie[] {
    return []
  }

  async setCookie(_cookie: string, _url: string): Promise<void> {}
}
