// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { todayIso } from './today'

describe('todayIso', () => {
  it.each([
    ['2026-07-01T22:59:59Z', '2026-07-01'],
    ['2026-07-01T23:00:00Z', '2026-07-02'], // British Summer Time: already tomorrow in London
    ['2026-12-31T23:59:59Z', '2026-12-31'], // Greenwich Mean Time in winter
    ['2027-01-01T00:00:00Z', '2027-01-01'],
    ['2026-03-29T00:59:59Z', '2026-03-29'], // the night the clocks go forward
    ['2026-03-29T23:00:00Z', '2026-03-30'], // the first evening of summer time
    ['2026-10-24T23:00:00Z', '2026-10-25'], // the night the clocks go back: still summer time
    ['2026-10-25T23:00:00Z', '2026-10-25'], // the first evening of winter time
  ])('%s is %s in London', (instant, day) => {
    expect(todayIso(new Date(instant))).toBe(day)
  })

  const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })

  it('agrees with the time zone database at any instant from 1996 to 2099', () => {
    const instants = fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2099, 11, 31) })
    fc.assert(fc.property(instants, (instant) => todayIso(new Date(instant)) === london.format(instant)), { numRuns: 20_000 })
  })

  it('agrees with it around every change of the clocks', () => {
    for (let year = 1996; year <= 2099; year += 1) {
      for (const month of [2, 9]) {
        const lastDay = new Date(Date.UTC(year, month + 1, 0))
        const change = Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
        for (const offset of [-3_600_001, -1, 0, 1, 22 * 3_600_000 + 59 * 60_000, 23 * 3_600_000 - 1, 23 * 3_600_000]) {
          expect(todayIso(new Date(change + offset)), new Date(change + offset).toISOString()).toBe(london.format(change + offset))
        }
      }
    }
  })

  it('refuses an invalid date, as a date format would', () => {
    expect(() => todayIso(new Date(Number.NaN))).toThrow(RangeError)
  })
})
