export type BankHoliday = { date: string; title: string }

/** The first year the rules below describe: the early May bank holiday began in 1978. */
export const FIRST_BANK_HOLIDAY_YEAR = 1978
const lastYear = 9999

type Rule = 'newYear' | 'goodFriday' | 'easterMonday' | 'earlyMay' | 'spring' | 'summer' | 'christmas' | 'boxingDay'
type OneOffs = { moved?: Partial<Record<Rule, BankHoliday>>; extra?: BankHoliday[] }

/**
 * Days moved or added by proclamation, which no rule predicts. Add each one here as soon as
 * it is announced: until then the computed list for that year is silently wrong.
 */
const oneOffs: Readonly<Record<number, OneOffs>> = {
  1981: { extra: [{ date: '1981-07-29', title: 'Bank holiday for the wedding of the Prince of Wales' }] },
  1995: { moved: { earlyMay: { date: '1995-05-08', title: 'Early May bank holiday (VE day)' } } },
  1999: { extra: [{ date: '1999-12-31', title: 'Millennium Day' }] },
  2002: {
    moved: { spring: { date: '2002-06-04', title: 'Spring bank holiday' } },
    extra: [{ date: '2002-06-03', title: 'Golden Jubilee bank holiday' }],
  },
  2011: { extra: [{ date: '2011-04-29', title: 'Bank holiday for the royal wedding' }] },
  2012: {
    moved: { spring: { date: '2012-06-04', title: 'Spring bank holiday' } },
    extra: [{ date: '2012-06-05', title: 'Queen’s Diamond Jubilee' }],
  },
  2020: { moved: { earlyMay: { date: '2020-05-08', title: 'Early May bank holiday (VE day)' } } },
  2022: {
    moved: { spring: { date: '2022-06-02', title: 'Spring bank holiday' } },
    extra: [
      { date: '2022-06-03', title: 'Platinum Jubilee bank holiday' },
      { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    ],
  },
  2023: { extra: [{ date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III' }] },
}

// Date.UTC rolls days past a month's end into the next month, so offsets need no calendar code.
function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10)
}

function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher): [month, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return [month, day]
}

function firstMonday(year: number, month: number): number {
  return 1 + ((8 - weekday(year, month, 1)) % 7)
}

function lastMonday(year: number, month: number, days: number): number {
  return days - ((weekday(year, month, days) + 6) % 7)
}

/** New Year's Day, or the Monday after it when it falls at a weekend. */
function newYear(year: number): number {
  const day = weekday(year, 1, 1)
  return day === 6 ? 3 : day === 0 ? 2 : 1
}

/**
 * Christmas and Boxing Day: a day that falls at a weekend moves to the next weekday that is
 * not already a holiday (25 Dec on Saturday gives Monday 27 and Tuesday 28).
 */
function christmasDays(year: number): { christmas: number; boxingDay: number } {
  switch (weekday(year, 12, 25)) {
    case 5:
      return { christmas: 25, boxingDay: 28 }
    case 6:
      return { christmas: 27, boxingDay: 28 }
    case 0:
      return { christmas: 27, boxingDay: 26 }
    default:
      return { christmas: 25, boxingDay: 26 }
  }
}

function byRule(year: number): Record<Rule, BankHoliday> {
  const [easterMonth, easterDay] = easterSunday(year)
  const { christmas, boxingDay } = christmasDays(year)
  return {
    newYear: { date: isoDate(year, 1, newYear(year)), title: 'New Year’s Day' },
    goodFriday: { date: isoDate(year, easterMonth, easterDay - 2), title: 'Good Friday' },
    easterMonday: { date: isoDate(year, easterMonth, easterDay + 1), title: 'Easter Monday' },
    earlyMay: { date: isoDate(year, 5, firstMonday(year, 5)), title: 'Early May bank holiday' },
    spring: { date: isoDate(year, 5, lastMonday(year, 5, 31)), title: 'Spring bank holiday' },
    summer: { date: isoDate(year, 8, lastMonday(year, 8, 31)), title: 'Summer bank holiday' },
    christmas: { date: isoDate(year, 12, christmas), title: 'Christmas Day' },
    boxingDay: { date: isoDate(year, 12, boxingDay), title: 'Boxing Day' },
  }
}

const memo = new Map<number, ReadonlyArray<Readonly<BankHoliday>>>()

/**
 * England and Wales bank holidays in a year, in date order, computed from the rules of the
 * Banking and Financial Dealings Act 1971 and the one-offs table above (which must be kept up
 * to date as one-offs are announced). Supported from 1978, the first year with all eight of
 * today's holidays, to 9999; other years throw a RangeError rather than guess.
 */
export function bankHolidays(year: number): ReadonlyArray<Readonly<BankHoliday>> {
  if (!Number.isInteger(year) || year < FIRST_BANK_HOLIDAY_YEAR || year > lastYear) {
    throw new RangeError(`Bank holidays are known from ${FIRST_BANK_HOLIDAY_YEAR} to ${lastYear}, not for ${year}`)
  }
  const known = memo.get(year)
  if (known) return known
  const changes = oneOffs[year] ?? {}
  const holidays = Object.freeze(
    [...Object.values({ ...byRule(year), ...changes.moved }), ...(changes.extra ?? [])]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((holiday) => Object.freeze({ ...holiday })),
  )
  memo.set(year, holidays)
  return holidays
}

/**
 * Whether an ISO date (`YYYY-MM-DD`) is an England and Wales bank holiday. Before 1978 it
 * answers false rather than throw: a working-day count may step back past the service's
 * 2000–2100 range (a papers deadline is checked against it by whoever stores the meeting).
 */
export function isBankHoliday(isoDateText: string): boolean {
  const year = Number(isoDateText.slice(0, 4))
  if (year < FIRST_BANK_HOLIDAY_YEAR) return false
  return bankHolidays(year).some((holiday) => holiday.date === isoDateText)
}
