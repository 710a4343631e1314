// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { isWorkingDay, papersDeadline } from './working-days'

describe('papersDeadline', () => {
  it.each([
    // Design example: Thursday 10 December 2026, 5 clear working days → Wednesday 2 December.
    ['2026-12-10', 5, '2026-12-02'],
    // Tuesday 2 June 2026 after the spring bank holiday (Monday 25 May) weekend.
    ['2026-06-02', 5, '2026-05-22'],
    // Over Christmas 2026: 25 and 28 December are bank holidays.
    ['2027-01-05', 5, '2026-12-23'],
    // Easter 2027: Good Friday 26 March and Easter Monday 29 March.
    ['2027-04-01', 3, '2027-03-24'],
    // No lead time: the working day before.
    ['2026-12-07', 0, '2026-12-04'],
    // Easter 2031, past the end of the old data list: Good Friday 11 April and Easter Monday 14 April.
    ['2031-04-17', 5, '2031-04-07'],
    // Christmas 2032 on a Saturday: Monday 27 and Tuesday 28 December are substitute days.
    ['2032-12-30', 5, '2032-12-20'],
  ])('a meeting on %s with %i clear working days has its papers deadline on %s', (meeting, days, expected) => {
    expect(papersDeadline(meeting, days)).toBe(expected)
  })
})

describe('isWorkingDay', () => {
  it.each([
    ['2026-12-25', false],
    ['2026-12-28', false],
    ['2026-12-26', false],
    ['2026-12-29', true],
    ['2022-09-19', false],
    ['2023-05-08', false],
    ['2020-05-08', false],
    ['2020-05-04', true],
    ['2031-05-26', false],
    ['2031-05-27', true],
  ])('%s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
  })
})
