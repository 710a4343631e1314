/**
 * The worker's clock follows the pages it serves. Each request carries its page's `Date.now()`;
 * the worker's `Date` and `Date.now()` then run at the real pace from there.
 * In a browser the two clocks agree to the millisecond and nothing changes; under a test or a
 * benchmark that fixes the page's clock (Playwright's clock reaches pages, not workers), the API
 * still dates records and judges "overdue" by the page's day, as it did when it ran in the page.
 */
export interface PageClock {
  /** Called with the page's time at each request. */
  follow: (pageNow: number) => void
  now: () => number
}

export function pageClock(realNow: () => number): PageClock {
  let offset = 0
  let last = -Infinity
  return {
    follow: (pageNow) => {
      offset = pageNow - realNow()
    },
    now: () => {
      const time = realNow() + offset
      // A page whose clock stands still (fixed by a test) must not make a later record older than
      // an earlier one: small steps back are held. A page on another clock altogether (a jump of
      // more than a minute) is followed.
      if (time < last && last - time < HOLD_BACK_MS) return last
      last = time
      return time
    },
  }
}

/** How far back the worker's clock holds still rather than follow a page. */
const HOLD_BACK_MS = 60_000

/** Replaces this worker's `Date` with one that tells the page's time; dates built from values are untouched. */
export function installPageClock(scope: { Date: DateConstructor }): PageClock {
  const RealDate = scope.Date
  const clock = pageClock(() => RealDate.now())
  const PageDate = function (this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(clock.now()).toString()
    const date = args.length === 0 ? new RealDate(clock.now()) : new RealDate(...(args as [string]))
    Object.setPrototypeOf(date, new.target.prototype)
    return date
  } as unknown as DateConstructor
  Object.setPrototypeOf(PageDate, RealDate)
  Object.defineProperty(PageDate, 'prototype', { value: RealDate.prototype })
  Object.defineProperty(PageDate, 'now', { value: () => clock.now() })
  scope.Date = PageDate
  return clock
}
