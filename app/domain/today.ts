/**
 * The council's day: England's calendar date, whatever time zone the device or server runs in.
 *
 * The UK's clocks are GMT in winter and BST (GMT + 1) from 01:00 GMT on the last Sunday of March to
 * 01:00 GMT on the last Sunday of October (the Summer Time Order 2002, the rule since 1996). The
 * rule is written out rather than asked of `Intl.DateTimeFormat` with `timeZone: 'Europe/London'`:
 * the first date format a page or the local API's worker creates loads the browser's locale data,
 * 30 to 70 ms of a start-up (measured in Chromium on this project's machines), and nothing else at
 * start-up needs it. today.test.ts checks the rule against `Intl` at random instants, 1996 to 2099.
 */
const HOUR = 3_600_000

/** 01:00 GMT on the last Sunday of a month (0-based) of a year, as epoch milliseconds. */
function lastSundayAtOneGmt(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0))
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
}

/** Today's date in Europe/London, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const instant = now.getTime()
  if (Number.isNaN(instant)) throw new RangeError('Invalid time value')
  const year = now.getUTCFullYear()
  const summerTime = instant >= lastSundayAtOneGmt(year, 2) && instant < lastSundayAtOneGmt(year, 9)
  return new Date(instant + (summerTime ? HOUR : 0)).toISOString().slice(0, 10)
}

/** The month of a `YYYY-MM-DD` date, `YYYY-MM`. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7)
}
