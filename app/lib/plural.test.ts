import { describe, expect, it } from 'vitest'
import { byCount, countOf } from './plural'

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
