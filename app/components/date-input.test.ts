import { describe, expect, it } from 'vitest'
import { isoFromParts, partsFromIso } from './date-input'

describe('date input parts', () => {
  it.each([
    [{ day: '10', month: '12', year: '2026' }, '2026-12-10'],
    [{ day: '1', month: '2', year: '2027' }, '2027-02-01'],
    [{ day: '', month: '', year: '' }, undefined],
    [{ day: '30', month: '2', year: '2027' }, null],
    [{ day: '10', month: '12', year: '26' }, null],
    [{ day: 'ten', month: '12', year: '2026' }, null],
  ])('%j is %s', (parts, expected) => {
    expect(isoFromParts(parts)).toBe(expected)
  })

  it('round-trips', () => {
    expect(isoFromParts(partsFromIso('2026-03-05'))).toBe('2026-03-05')
  })
})
