import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { byCount, countOf, wholeNumber } from './plural'

describe('countOf', () => {
  it.each([
    [0, 'report', undefined, '0 reports'],
    [1, 'report', undefined, '1 report'],
    [2, 'report', undefined, '2 reports'],
    [1_250, 'milestone', undefined, '1,250 milestones'],
    [1, 'date change', undefined, '1 date change'],
    [3, 'person', 'people', '3 people'],
    [1, 'person', 'people', '1 person'],
  ])('%i %s', (n, one, other, words) => {
    expect(countOf(n, one, other)).toBe(words)
  })
})

describe('byCount', () => {
  it.each([
    [0, 'are'],
    [1, 'is'],
    [2, 'are'],
  ])('%i → %s', (n, verb) => {
    expect(byCount(n, 'is', 'are')).toBe(verb)
  })
})

describe('wholeNumber', () => {
  it('writes any number as en-GB number formatting does', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.maxSafeInteger(), fc.double({ noNaN: true })), (n) => wholeNumber(n) === n.toLocaleString('en-GB')), { numRuns: 5_000 })
  })

  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1,000'],
    [-1_234_567, '-1,234,567'],
    [2.5, '2.5'],
  ])('%d → %s', (n, words) => {
    expect(wholeNumber(n)).toBe(words)
  })
})
