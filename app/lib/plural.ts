const rules = new Intl.PluralRules('en-GB')

/**
 * A count and its noun in the form English needs ("1 report", "2 reports", "0 reports"), chosen
 * by the language's own plural rules (Intl.PluralRules), never by `n === 1` written out again.
 */
export function countOf(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${rules.select(n) === 'one' ? one : other}`
}

/** The one of two forms (a verb, a pronoun, a phrase) that agrees with `n`: byCount(n, 'is', 'are'). */
export function byCount<T>(n: number, one: T, other: T): T {
  return rules.select(n) === 'one' ? one : other
}
