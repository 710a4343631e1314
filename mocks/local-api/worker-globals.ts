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

/**
 * msw notes where each of its handlers was declared by reading the stack of a new Error. In the
 * built worker every frame of that stack is in the script's one top-level function, whose source
 * positions V8 then works out by parsing the whole script again: about 140 ms of the API's cold
 * start, for a note the API never reads. So no frames are captured while the modules load; worker.ts
 * puts the browser's limit back once they have.
 */
export const stackTraceLimit = Error.stackTraceLimit
Error.stackTraceLimit = 0
