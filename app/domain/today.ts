/** The council's day: England's calendar date, whatever time zone the device or server runs in. */
const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })

/** Today's date in Europe/London, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return londonDate.format(now)
}

/** The month of a `YYYY-MM-DD` date, `YYYY-MM`. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7)
}
