import { findDue } from './dates'
import { AGENT, clauseEnd, clauseStart, pastBefore, recurrenceIn, speakerAt, tentative, titleFrom, type Candidate, type RuleContext } from './phrases'

/**
 * Actions (a task for someone: send, circulate, look into, write to) and commitments (a dated
 * promise of delivery that belongs on the plan: "in place by April 2027", "complete by end of
 * March 2016").
 */

const PASSIVE_TASKS =
  'sent|circulated|shared|provided|forwarded|distributed|e-?mailed|made\\s+available|supplied|arranged|organised|organized|investigated|explored|looked\\s+into|followed\\s+up|clarified|confirmed|checked|raised|written|drafted|fed\\s+back|pursued|passed\\s+on'
const TASKS =
  'send|circulate|share|provide|forward|distribute|e-?mail|make\\s+available|supply|arrange|organise|organize|investigate|explore|look\\s+into|follow\\s+up|clarify|confirm|check|raise|write|draft|feed\\s+back|contact|liaise|speak|meet|discuss|seek|ensure|update|produce|prepare|review|visit|set\\s+up|find\\s+out|pass\\s+on|respond|remind'
const PASSIVE_TASK = new RegExp(
  String.raw`\b(?<aux>(?:would|will|should|shall|must|is\s+to|are\s+to|was\s+to|were\s+to|needs?\s+to|to)\s+(?:also\s+|then\s+|now\s+|first\s+)?be|be)\s+(?:also\s+)?(?<verb>${PASSIVE_TASKS})\b`,
  'g',
)
const ACTIVE_TASK = new RegExp(
  String.raw`(?<agent>${AGENT}|\b[Hh]e|\b[Ss]he|\b[Tt]hey)\s+(?:would|will|agreed\s+to|undertook\s+to|offered\s+to|promised\s+to|(?:was|were)\s+(?:asked|requested)\s+to|to)\s+(?:also\s+|then\s+|personally\s+)?(?<verb>(?:${TASKS})\b)`,
  'g',
)
const ASKED_TO = new RegExp(String.raw`\b(?:asked|requested|invited|instructed|tasked)\s+(?<agent>${AGENT})\s+to\s+(?:also\s+)?(?<verb>(?:${TASKS})\b)`, 'g')
const RESOLVED_TASK = new RegExp(String.raw`(?:^|\b[Tt]hat\s+)(?<agent>${AGENT})\s+(?:be\s+(?:asked|requested|instructed)\s+to\s+)?(?<verb>(?:${TASKS})\b)`, 'g')
const DEADLINE = /\b(?:by|before|no\s+later\s+than|not\s+later\s+than|from)\s+/gi
const PROMISE =
  /\b(?:would|will|shall|is\s+to|are\s+to|to\s+be|expected\s+to|expects?\s+to|aims?\s+to|aimed\s+to|plans?\s+to|planned|target(?:ed)?|on\s+track\s+to|committed\s+to|should|must|needs?\s+to|intends?\s+to|due\s+to)\b/i
const IMPERATIVE =
  /^(?:complete|review|implement|recruit|deliver|introduce|launch|establish|reduce|ensure|develop|produce|publish|appoint|roll\s+out|train|audit|agree|finalise|put|increase|improve)\b|\b(?:complete|in\s+place|live|operational)\s+(?:by|before)\b/i
const DONE = /\b(?:had|has|have)\s+(?:already\s+)?been\b|\b(?:was|were)\s+(?!to\b|expected\b|due\b|planned\b|on\s+track\b)\w+ed\b/i

/** The due in the words after a task, and the title without a due phrase that ends it. */
function dueAndTitle(head: string, rest: string, context: RuleContext) {
  const due = findDue(rest, context.reference)
  const words = due && /^[\s.,;]*$/.test(rest.slice(due.end)) ? rest.slice(0, due.start) : rest
  return { due: due?.due ?? ({ kind: 'unspecified' } as const), title: titleFrom(`${head}${words}`, { dropArticle: true }) }
}

const isPronoun = (words: string) => /^(?:he|she|they)$/i.test(words.trim())

/** The tasks one sentence gives someone. `resolved`: the sentence is part of a resolution ("That officers circulate…"). */
export function findActions(text: string, context: RuleContext, resolved: boolean): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(PASSIVE_TASK)) {
    const aux = match.groups?.aux ?? ''
    const start = clauseStart(text, match.index)
    const bare = aux === 'be'
    if (bare && !resolved && !/\bthat\s+$/.test(text.slice(Math.max(0, start - 6), start))) continue
    const object = text.slice(start, match.index).trim()
    if (object === '' || pastBefore(text, match.index)) continue
    const verbEnd = match.index + match[0].length
    const end = clauseEnd(text, verbEnd)
    const rest = text.slice(verbEnd, end)
    if (tentative(text.slice(start, end))) continue
    const by = new RegExp(String.raw`^\s*by\s+(${AGENT})`).exec(rest)
    const { due, title } = dueAndTitle(`${object} to be ${match.groups?.verb ?? ''}`, by ? rest.slice(by[0].length) : rest, context)
    const owner = by ? by[1]!.trim() : speakerAt(text, start, context)
    found.push({ kind: 'action', title, due, recurrence: recurrenceIn(text.slice(start, end)), owner, span: [start, end] })
  }
  const active: Array<[RegExp, boolean]> = [
    [ACTIVE_TASK, true],
    [ASKED_TO, true],
    [RESOLVED_TASK, resolved],
  ]
  for (const [pattern, applies] of active) {
    if (!applies) continue
    for (const match of text.matchAll(pattern)) {
      const agent = match.groups?.agent ?? ''
      const verb = match.groups?.verb ?? ''
      const verbStart = match.index + match[0].length - verb.length
      if (pastBefore(text, match.index)) continue
      const end = clauseEnd(text, verbStart)
      if (tentative(text.slice(match.index, end))) continue
      const { due, title } = dueAndTitle('', text.slice(verbStart, end), context)
      const owner = isPronoun(agent) ? speakerAt(text, match.index, context) : agent.trim()
      found.push({ kind: 'action', title, due, recurrence: recurrenceIn(text.slice(match.index, end)), owner, span: [match.index, end] })
    }
  }
  return found
}

/** The dated promises of delivery in one sentence: a deadline ("by", "before", "from") with a date, in words that promise it. */
export function findCommitments(text: string, context: RuleContext): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(DEADLINE)) {
    const after = match.index + match[0].length
    const window = text.slice(after, after + 60)
    const due = findDue(window, context.reference)
    if (!due || due.start > 12 || (due.due.kind !== 'date' && due.due.kind !== 'month')) continue
    const start = clauseStart(text, match.index)
    const end = clauseEnd(text, after + due.end)
    const clause = text.slice(start, end)
    const before = text.slice(start, match.index)
    if (!(PROMISE.test(before) || IMPERATIVE.test(clause.trimStart()) || IMPERATIVE.test(before)) || DONE.test(before) || tentative(clause)) continue
    const agent = new RegExp(String.raw`^(${AGENT})\s+(?:would|will|is|are|was|were|aims?|plans?|expects?|intends?)\b`).exec(clause.trimStart())
    const owner = agent ? agent[1]!.trim() : speakerAt(text, start, context)
    found.push({ kind: 'commitment', title: titleFrom(clause), due: due.due, recurrence: 'none', owner, span: [start, end] })
  }
  return found
}
