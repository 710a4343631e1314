import { installPageClock } from './page-clock'

/**
 * What the worker's scope lacks and its libraries expect, installed before any of them loads
 * (worker.ts imports this module first).
 *
 * msw builds a cookie store when it loads outside Node, and that store insists on `localStorage`,
 * which workers do not have. The API sets no cookies: a store in memory serves.
 */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>()
  get length(): number {
    return this.#items.size
  }
  clear(): void {
    this.#items.clear()
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null
  }
  removeItem(key: string): void {
    this.#items.delete(key)
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value))
  }
}

const scope = globalThis as unknown as { localStorage?: Storage; Date: DateConstructor }
if (typeof scope.localStorage === 'undefined') scope.localStorage = new MemoryStorage()

/** The worker's clock, set from each request's page (see page-clock.ts). */
export const clock = installPageClock(scope)
