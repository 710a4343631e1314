import { describe, expect, it } from 'vitest'
import { formatDate, formatDateWithDay, formatMonth } from './dates'

describe('dates in words', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2026-12-10')).toBe('10 December 2026')
    expect(formatDateWithDay('2026-12-10')).toBe('Thursday 10 December 2026')
    expect(formatMonth('2026-06')).toBe('June 2026')
  })
})

describe('dates in words agree with date-fns', () => {
  it('for every day of two years, and the time of an instant in the morning, at noon and in the evening', async () => {
    const { format, parseISO, addDays } = await import('date-fns')
    const { formatInstant } = await import('./dates')
    for (let day = 0; day < 731; day += 1) {
      const iso = format(addDays(parseISO('2026-01-01'), day), 'yyyy-MM-dd')
      expect(formatDate(iso)).toBe(format(parseISO(iso), 'd MMMM yyyy'))
      expect(formatDateWithDay(iso)).toBe(format(parseISO(iso), 'EEEE d MMMM yyyy'))
      expect(formatMonth(iso.slice(0, 7))).toBe(format(parseISO(iso), 'MMMM yyyy'))
    }
    for (const instant of ['2026-12-10T00:05:00.000Z', '2026-12-10T12:00:00.000Z', '2026-06-10T21:59:59.000Z']) {
      expect(formatInstant(instant)).toBe(format(parseISO(instant), "d MMMM yyyy 'at' h:mmaaa"))
    }
    expect(formatInstant('2026-12-10T14:05:00.000Z')).toMatch(/^10 December 2026 at \d{1,2}:05[ap]m$/)
  })

  it('refuses what is no date, as before', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError)
  })
})
