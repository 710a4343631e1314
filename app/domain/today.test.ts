// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { todayIso } from './today'

describe('todayIso', () => {
  it.each([
    ['2026-07-01T22:59:59Z', '2026-07-01'],
    ['2026-07-01T23:00:00Z', '2026-07-02'], // British Summer Time: already tomorrow in London
    ['2026-12-31T23:59:59Z', '2026-12-31'], // Greenwich Mean Time in winter
    ['2027-01-01T00:00:00Z', '2027-01-01'],
    ['2026-03-29T00:59:59Z', '2026-03-29'], // the night the clocks go forward
  ])('%s is %s in London', (instant, day) => {
    expect(todayIso(new Date(instant))).toBe(day)
  })
})
