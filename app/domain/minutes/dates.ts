import { GB, type ParsedResult } from 'chrono-node/en'
import { inDateRange } from '@/contract/common'

/**
 * When the words of the minutes say something is due, before the board's meetings are looked at:
 * "the next meeting", a month (`meeting` when the words name a meeting: "the September meeting"),
 * a date, or nothing certain (with the words as the note: "later in the summer").
 */
export type DueReading =
  | { kind: 'next-meeting' }
  | { kind: 'month'; month: string; meeting: boolean }
  | { kind: 'date'; date: string; meeting: boolean }
  | { kind: 'unspecified'; note?: string }

/** A due phrase found in some words, and where it lies in them. */
export interface FoundDue {
  due: DueReading
  start: number
  end: number
}

const NEXT_MEETING =
  /\b(?:(?:the|its|their|this|our)\s+)?(?:(?:committee|board|panel|cabinet|sub-committee|group)[’']s\s+)?(?:next|following|subsequent)\s+(?:(?:committee|board|panel|cabinet|scheduled|formal)\s+)?meeting\b|\b(?:every|each|all(?:\s+future)?)\s+(?:(?:committee|board|panel|formal)\s+)?meetings?\b/i
const FUTURE_MEETING = /\b(?:an?\s+(?:future|later|forthcoming|subsequent|further)\s+meeting|future\s+meetings|in\s+due\s+course)\b/i
const WORK_PROGRAMME =
  /\b(?:in|on|to|into)\s+(?:the\s+|its\s+|their\s+)?(?:(?:committee|board|panel)[’']s\s+)?(?:forward\s+|annual\s+)?(?:work\s*(?:plan|programme|program)|forward\s+plan)\b/i
const VAGUE =
  /\b(?:(?:later|early|earlier)\s+(?:in\s+)?(?:the\s+)?(?:summer|spring|autumn|winter|year|new\s+year)|(?:in|during|by|over)\s+the\s+(?:summer|spring|autumn|winter|new\s+year|coming\s+(?:weeks|months)|next\s+few\s+(?:weeks|months))|(?:by|in|during)\s+(?:the\s+)?(?:summer|spring|autumn|winter)(?:\s+(?:of\s+)?\d{4})?|shortly|as\s+soon\s+as\s+possible|in\s+the\s+near\s+future)\b/i
const FINANCIAL_YEAR_END = /\bend\s+of\s+(?:the\s+)?(?:this\s+|current\s+)?financial\s+year\b/i
const YEAR_END = /\bend\s+of\s+(?:(\d{4})|(?:the|this)\s+(?:calendar\s+)?year)\b/i
const MEETING_NEAR = /\b(?:meeting|committee|board|panel|cabinet)\b/i
/** Dates that are references, not due dates: "Minute 12/2016", "Item 5/16". */
const REFERENCE_BEFORE = /\b(?:minutes?|min|items?|para(?:graph)?s?|ref(?:erence)?|no|page|pp)\.?\s*$/i
const RELATIVE_SPAN = /^(?:within|in|over)\s+(?:the\s+)?(?:next\s+)?(?:\w+\s+)?(?:days?|weeks?|months?)\b/i

const pad = (value: number) => String(value).padStart(2, '0')

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** Whether a date parser result names a day or a month (not a time, "now", "a year", a reference number). */
function accepted(result: ParsedResult, words: string): boolean {
  const { start } = result
  const tags = result.tags()
  if (REFERENCE_BEFORE.test(words.slice(Math.max(0, result.index - 14), result.index))) return false
  if (tags.has('result/relativeDate')) return RELATIVE_SPAN.test(result.text) || /^next\s+\w+\s+(?:weeks|months)$/i.test(result.text)
  if (tags.has('parser/SlashDateFormatParser')) return start.isCertain('day') && start.isCertain('year')
  if ([...tags].some((tag) => tag.startsWith('casualReference'))) return false
  return start.isCertain('month') && !(start.isCertain('hour') && !start.isCertain('day'))
}

function fromParser(result: ParsedResult, words: string): FoundDue {
  const year = result.start.get('year') ?? 0
  const month = result.start.get('month') ?? 0
  const day = result.start.get('day') ?? 0
  const start = result.index
  const end = result.index + result.text.length
  const meeting = MEETING_NEAR.test(words.slice(Math.max(0, start - 40), Math.min(words.length, end + 12)))
  const note = { kind: 'unspecified', note: result.text } as const
  const dayKnown = result.start.isCertain('day') || result.tags().has('refiner/ENEndOfPeriodRefiner')
  if (dayKnown) {
    const date = `${year}-${pad(month)}-${pad(day)}`
    return { due: isRealDate(year, month, day) && inDateRange(date) ? { kind: 'date', date, meeting } : note, start, end }
  }
  const monthText = `${year}-${pad(month)}`
  return { due: month >= 1 && month <= 12 && inDateRange(monthText) ? { kind: 'month', month: monthText, meeting } : note, start, end }
}

/** The 31 March that ends the financial year `reference` falls in (April to March). */
function financialYearEnd(reference: string): string {
  const year = Number(reference.slice(0, 4))
  return `${Number(reference.slice(5, 7)) >= 4 ? year + 1 : year}-03-31`
}

function found(pattern: RegExp, words: string, due: (match: RegExpExecArray) => DueReading): FoundDue | null {
  const match = pattern.exec(words)
  return match ? { due: due(match), start: match.index, end: match.index + match[0].length } : null
}

/**
 * The first due phrase in `words`: "the next meeting" (and "every meeting", whose first is the next),
 * "a future meeting", the work programme, vague times ("later in the summer"), the end of the
 * financial year (31 March), or a date or month read by chrono-node's British English parser,
 * counting forward from `reference` (the minutes' own meeting date). Null when there is none.
 */
export function findDue(words: string, reference: string): FoundDue | null {
  const candidates: FoundDue[] = []
  const push = (candidate: FoundDue | null) => candidate && candidates.push(candidate)
  push(found(NEXT_MEETING, words, () => ({ kind: 'next-meeting' })))
  push(found(FUTURE_MEETING, words, (match) => ({ kind: 'unspecified', note: match[0] })))
  push(found(WORK_PROGRAMME, words, (match) => ({ kind: 'unspecified', note: match[0] })))
  push(found(VAGUE, words, (match) => ({ kind: 'unspecified', note: match[0] })))
  push(found(FINANCIAL_YEAR_END, words, () => ({ kind: 'date', date: financialYearEnd(reference), meeting: false })))
  push(found(YEAR_END, words, (match) => ({ kind: 'date', date: `${match[1] ?? reference.slice(0, 4)}-12-31`, meeting: false })))
  const instant = new Date(`${reference}T12:00:00Z`)
  const parsed = Number.isNaN(instant.getTime()) ? [] : GB.parse(words, instant, { forwardDate: true })
  const first = parsed.find((result) => accepted(result, words))
  if (first) push(fromParser(first, words))
  // A meeting, month or date wins over words that settle nothing ("to the work programme for the March meeting");
  // then the earliest; at the same place, the longer ("end of the financial year" over "the year").
  const vague = (candidate: FoundDue) => (candidate.due.kind === 'unspecified' ? 1 : 0)
  candidates.sort((a, b) => vague(a) - vague(b) || a.start - b.start || b.end - a.end)
  return candidates[0] ?? null
}

