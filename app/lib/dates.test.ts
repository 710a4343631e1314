import { describe, expect, it } from 'vitest'
import { formatDate, formatDateWithDay, formatMonth } from './dates'

describe('dates in words', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2026-12-10')).toBe('10 December 2026')
    expect(formatDateWithDay('2026-12-10')).toBe('Thursday 10 December 2026')
    expect(formatMonth('2026-06')).toBe('June 2026')
  })
})
