// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { bankHolidays, isBankHoliday } from './bank-holidays'

const newYear = 'New Year’s Day'
const goodFriday = 'Good Friday'
const easterMonday = 'Easter Monday'
const earlyMay = 'Early May bank holiday'
const spring = 'Spring bank holiday'
const summer = 'Summer bank holiday'
const christmas = 'Christmas Day'
const boxingDay = 'Boxing Day'

// Worked out by hand from the rules (Easter from published tables), not from the code.
const expected: Record<number, Array<[string, string]>> = {
  // 1 January a Sunday; VE day 50 moved the early May holiday from 1 May to 8 May.
  1995: [
    ['1995-01-02', newYear],
    ['1995-04-14', goodFriday],
    ['1995-04-17', easterMonday],
    ['1995-05-08', 'Early May bank holiday (VE day)'],
    ['1995-05-29', spring],
    ['1995-08-28', summer],
    ['1995-12-25', christmas],
    ['1995-12-26', boxingDay],
  ],
  // VE day 75 moved the early May holiday to Friday 8 May; 26 December a Saturday.
  2020: [
    ['2020-01-01', newYear],
    ['2020-04-10', goodFriday],
    ['2020-04-13', easterMonday],
    ['2020-05-08', 'Early May bank holiday (VE day)'],
    ['2020-05-25', spring],
    ['2020-08-31', summer],
    ['2020-12-25', christmas],
    ['2020-12-28', boxingDay],
  ],
  // Platinum jubilee (spring holiday moved to Thursday 2 June), state funeral; Christmas a Sunday.
  2022: [
    ['2022-01-03', newYear],
    ['2022-04-15', goodFriday],
    ['2022-04-18', easterMonday],
    ['2022-05-02', earlyMay],
    ['2022-06-02', spring],
    ['2022-06-03', 'Platinum Jubilee bank holiday'],
    ['2022-08-29', summer],
    ['2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
    ['2022-12-26', boxingDay],
    ['2022-12-27', christmas],
  ],
  // The coronation added Monday 8 May, a week after the early May holiday.
  2023: [
    ['2023-01-02', newYear],
    ['2023-04-07', goodFriday],
    ['2023-04-10', easterMonday],
    ['2023-05-01', earlyMay],
    ['2023-05-08', 'Bank holiday for the coronation of King Charles III'],
    ['2023-05-29', spring],
    ['2023-08-28', summer],
    ['2023-12-25', christmas],
    ['2023-12-26', boxingDay],
  ],
  // Christmas a Saturday: substitutes on Monday 27 and Tuesday 28.
  2027: [
    ['2027-01-01', newYear],
    ['2027-03-26', goodFriday],
    ['2027-03-29', easterMonday],
    ['2027-05-03', earlyMay],
    ['2027-05-31', spring],
    ['2027-08-30', summer],
    ['2027-12-27', christmas],
    ['2027-12-28', boxingDay],
  ],
  // 1 January a Saturday.
  2028: [
    ['2028-01-03', newYear],
    ['2028-04-14', goodFriday],
    ['2028-04-17', easterMonday],
    ['2028-05-01', earlyMay],
    ['2028-05-29', spring],
    ['2028-08-28', summer],
    ['2028-12-25', christmas],
    ['2028-12-26', boxingDay],
  ],
  // Easter Sunday 1 April: Good Friday falls in March.
  2029: [
    ['2029-01-01', newYear],
    ['2029-03-30', goodFriday],
    ['2029-04-02', easterMonday],
    ['2029-05-07', earlyMay],
    ['2029-05-28', spring],
    ['2029-08-27', summer],
    ['2029-12-25', christmas],
    ['2029-12-26', boxingDay],
  ],
  2030: [
    ['2030-01-01', newYear],
    ['2030-04-19', goodFriday],
    ['2030-04-22', easterMonday],
    ['2030-05-06', earlyMay],
    ['2030-05-27', spring],
    ['2030-08-26', summer],
    ['2030-12-25', christmas],
    ['2030-12-26', boxingDay],
  ],
  // The first year the old published list did not cover.
  2031: [
    ['2031-01-01', newYear],
    ['2031-04-11', goodFriday],
    ['2031-04-14', easterMonday],
    ['2031-05-05', earlyMay],
    ['2031-05-26', spring],
    ['2031-08-25', summer],
    ['2031-12-25', christmas],
    ['2031-12-26', boxingDay],
  ],
  // Leap year; Christmas a Saturday.
  2032: [
    ['2032-01-01', newYear],
    ['2032-03-26', goodFriday],
    ['2032-03-29', easterMonday],
    ['2032-05-03', earlyMay],
    ['2032-05-31', spring],
    ['2032-08-30', summer],
    ['2032-12-27', christmas],
    ['2032-12-28', boxingDay],
  ],
  // 1 January a Saturday and Christmas a Sunday.
  2033: [
    ['2033-01-03', newYear],
    ['2033-04-15', goodFriday],
    ['2033-04-18', easterMonday],
    ['2033-05-02', earlyMay],
    ['2033-05-30', spring],
    ['2033-08-29', summer],
    ['2033-12-26', boxingDay],
    ['2033-12-27', christmas],
  ],
  // 1 January a Sunday; 1 May a Monday.
  2034: [
    ['2034-01-02', newYear],
    ['2034-04-07', goodFriday],
    ['2034-04-10', easterMonday],
    ['2034-05-01', earlyMay],
    ['2034-05-29', spring],
    ['2034-08-28', summer],
    ['2034-12-25', christmas],
    ['2034-12-26', boxingDay],
  ],
  // Easter Sunday 25 March.
  2035: [
    ['2035-01-01', newYear],
    ['2035-03-23', goodFriday],
    ['2035-03-26', easterMonday],
    ['2035-05-07', earlyMay],
    ['2035-05-28', spring],
    ['2035-08-27', summer],
    ['2035-12-25', christmas],
    ['2035-12-26', boxingDay],
  ],
}

describe('bankHolidays', () => {
  it.each(Object.entries(expected))('computes every bank holiday of %s', (year, holidays) => {
    expect(bankHolidays(Number(year))).toEqual(holidays.map(([date, title]) => ({ date, title })))
  })

  it.each([
    [1981, '1981-07-29'],
    [1999, '1999-12-31'],
    [2002, '2002-06-03'],
    [2002, '2002-06-04'],
    [2011, '2011-04-29'],
    [2012, '2012-06-04'],
    [2012, '2012-06-05'],
  ])('includes the one-off changes of %i: %s', (year, date) => {
    expect(bankHolidays(year).map((holiday) => holiday.date)).toContain(date)
  })

  it('leaves out the days the one-offs moved', () => {
    expect(bankHolidays(2002).map((holiday) => holiday.date)).not.toContain('2002-05-27')
    expect(bankHolidays(2012).map((holiday) => holiday.date)).not.toContain('2012-05-28')
  })

  it('works each year out once', () => {
    expect(bankHolidays(2040)).toBe(bankHolidays(2040))
  })

  it.each([1977, 10000, 2030.5])('refuses to guess the bank holidays of %s', (year) => {
    expect(() => bankHolidays(year)).toThrow(RangeError)
  })
})

describe('isBankHoliday', () => {
  it.each([
    ['2031-04-14', true],
    ['2031-04-15', false],
    ['2032-12-28', true],
    ['2022-09-19', true],
  ])('%s is a bank holiday: %s', (date, holiday) => {
    expect(isBankHoliday(date)).toBe(holiday)
  })

  it('answers false before 1978, where the rules do not reach (Boxing Day 1977 was a holiday)', () => {
    expect(isBankHoliday('1977-12-26')).toBe(false)
  })
})
