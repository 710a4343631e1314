const rules = new Intl.PluralRules('en-GB')

/**
 * A count and its noun in the form English needs ("1 report", "2 reports", "0 reports"), chosen
 * by the language's own plural rules (Intl.PluralRules), never by `n === 1` written out again.
 */
export function countOf(n: number, one: string, other = `${one}s`): string {
  return `${wholeNumber(n)} ${rules.select(n) === 'one' ? one : other}`
}

/**
 * A number as British English writes it, a comma between thousands ("12,345"). Whole numbers are
 * written out rather than by `toLocaleString`: the first number format a page creates loads the
 * browser's number data, 30 to 60 ms of the first page's start-up (measured in Chromium), and a
 * count needs nothing of it. Other numbers still go to `toLocaleString('en-GB')`.
 */
export function wholeNumber(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB')
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return n < 0 || Object.is(n, -0) ? `-${digits}` : digits
}

/** The one of two forms (a verb, a pronoun, a phrase) that agrees with `n`: byCount(n, 'is', 'are'). */
export function byCount<T>(n: number, one: T, other: T): T {
  return rules.select(n) === 'one' ? one : other
}
