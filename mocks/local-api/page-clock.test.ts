import { describe, expect, it } from 'vitest'
import { installPageClock, pageClock } from './page-clock'

describe("the worker's clock follows the page's", () => {
  it('runs at the real pace from the time the page sent', () => {
    let real = 1_000
    const clock = pageClock(() => real)
    clock.follow(50_000)
    expect(clock.now()).toBe(50_000)
    real += 30
    expect(clock.now()).toBe(50_030)
  })

  it('does not go back when the page’s clock stands still, so later records stay later', () => {
    let real = 1_000
    const clock = pageClock(() => real)
    clock.follow(50_000)
    real += 100
    expect(clock.now()).toBe(50_100)
    clock.follow(50_000)
    expect(clock.now()).toBe(50_100)
    real += 5
    expect(clock.now()).toBe(50_100)
  })

  it('follows a page on another clock altogether, back as well as forward', () => {
    let real = 1_000
    const clock = pageClock(() => real)
    clock.follow(10_000_000)
    expect(clock.now()).toBe(10_000_000)
    clock.follow(50_000)
    expect(clock.now()).toBe(50_000)
    real += 10
    expect(clock.now()).toBe(50_010)
  })

  it("makes the scope's Date tell the page's time, leaving dates built from values alone", () => {
    const scope = { Date }
    const clock = installPageClock(scope)
    const pageNow = Date.parse('2026-11-23T10:00:00Z')
    clock.follow(pageNow)
    const PageDate = scope.Date
    const now = new PageDate()
    expect(Math.abs(now.getTime() - pageNow)).toBeLessThan(1_000)
    expect(Math.abs(PageDate.now() - pageNow)).toBeLessThan(1_000)
    expect(now).toBeInstanceOf(Date)
    expect(now).toBeInstanceOf(PageDate)
    expect(new PageDate('2020-01-02T00:00:00Z').toISOString()).toBe('2020-01-02T00:00:00.000Z')
    expect(new PageDate(2020, 0, 2).getFullYear()).toBe(2020)
    expect(PageDate.parse('2020-01-02T00:00:00Z')).toBe(Date.UTC(2020, 0, 2))
    expect(PageDate.UTC(2020, 0, 2)).toBe(Date.UTC(2020, 0, 2))
  })
})
