import { findDue, type DueReading } from './dates'
import {
  AGENT,
  clauseEnd,
  clauseStart,
  bodyIn,
  pastBefore,
  recurrenceIn,
  speakerAt,
  tentative,
  titleFrom,
  type Candidate,
  type RuleContext,
} from './phrases'

/**
 * Follow-up reports: a report (or update, briefing, paper) the board asks to come to one of its
 * meetings; "report back"; an item put on its work programme; people invited to a meeting.
 */

const REPORT_NOUN = String.raw`(?:reports?|updates?|briefings?|papers?|presentations?)`
const TOPIC = String.raw`(?:\s+(?:on|about|regarding|into|setting\s+out|covering|in\s+respect\s+of|of)\s+(?:[^\s,;.]+\s+){0,14}?[^\s,;.]+)?`
const DETERMINER = String.raw`(?:an?|the|a\s+further|further|regular|quarterly|annual|six-monthly)`
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'
/** Where a report's topic ends when nothing follows it but where it goes: "…on the outcome of the consultation | at its meeting in June". */
const TOPIC_END = String.raw`(?=\s+(?:(?:to|at|for)\s+(?:the|this|its|their|a|an|every|each|all|future|next|committee|board|panel|cabinet)\b|in\s+(?:${MONTHS}|the\s+(?:spring|summer|autumn|winter|new\s+year)|due\s+course|\d)|by|before|within|during|no\s+later\s+than|back|and\s+(?:that|to)|which|when)\b|\s*[,;.()]|\s*$)`
const NOUN_PHRASE = String.raw`${DETERMINER}\s+(?:[^\s,;.]+\s+){0,6}?${REPORT_NOUN}${TOPIC}${TOPIC_END}`
/** "… be made to", "… being presented to", "… is planned for": a report going to a meeting, said passively. */
const PASSIVE = new RegExp(
  String.raw`\b(?<noun>${REPORT_NOUN})(?<topic>${TOPIC})(?:\s*,[^,;]{1,100},)?\s+(?<aux>be|is\s+to\s+be|are\s+to\s+be|would\s+be|will\s+be|should\s+be|to\s+be|being|was\s+to\s+be|were\s+to\s+be|is|are|was|were)\s+(?:(?:then|also|now|first)\s+)?(?<verb>made|submitted|brought|presented|provided|given|considered|received|taken|tabled|scheduled|planned|programmed|produced|prepared|added|due|expected)\b`,
  'gi',
)
/** "… be presented to the Board in July": anything brought to this board's meeting is a report to it. */
const BROUGHT = /\s+(?:be|would\s+be|will\s+be|to\s+be|should\s+be|is\s+to\s+be|are\s+to\s+be)\s+(?:presented|submitted|brought(?:\s+back)?|reported)(?:\s+back)?(?=\s+(?:to|at|before)\b)/g
const REQUEST = new RegExp(
  String.raw`\b(?:asked\s+for|requested|called\s+for|wished\s+to\s+(?:see|receive)|(?:would|will|to|should|agreed\s+to)\s+(?:receive|see|consider)|receives?|asked\s+to\s+(?:see|receive))\s+(?<np>${NOUN_PHRASE})`,
  'gi',
)
const BRING = new RegExp(
  String.raw`\b(?:would|will|to|agreed\s+to|undertook\s+to|should|(?:was|were|be)\s+asked\s+to)\s+(?:also\s+)?(?<verb>bring|submit|present|provide|produce|prepare)\s+(?<np>${NOUN_PHRASE})(?:\s+back)?`,
  'g',
)
const REPORT_BACK = /(?:\b(?:would|will|to|agreed\s+to|undertook\s+to|should|(?:was|were|be)\s+asked\s+to)\s+(?:also\s+)?|,\s+)(?<what>report(?:ing)?\s+(?:back|progress|further)\b)/g
/** "… be a standing item on the agenda": a report to every meeting. */
const STANDING = /\s+(?:be|become|would\s+be|will\s+be|should\s+be|to\s+be)\s+(?:a|an)\s+(?:standing|regular)\s+(?:agenda\s+)?item\b/g
const PROGRAMME = String.raw`(?:on|in|to|into)\s+(?:the\s+|its\s+|their\s+)?(?:(?:committee|board|panel)[’']s\s+)?(?:forward\s+|annual\s+)?(?:work\s*(?:plan|programme|program)|forward\s+plan|agenda)\b`
const INCLUDE = new RegExp(String.raw`\b(?:would|will|to|should|agreed\s+to)\s+(?:also\s+)?(?:include|add|place|put|schedule)\s+(?<obj>(?:[^\s,;.]+\s+){1,25}?)${PROGRAMME}`, 'gi')
const INCLUDED = new RegExp(String.raw`\s+(?:be|would\s+be|will\s+be|to\s+be|should\s+be)\s+(?:added|included|placed|put|scheduled)\s+${PROGRAMME}`, 'gi')
const MEETING = String.raw`(?:an?|the|its|their|this)\s+(?:[^\s,;.]+\s+){0,3}?meeting\b`
const INVITE = new RegExp(
  String.raw`\b(?:would|will|to|should|agreed\s+to)\s+(?:therefore\s+|also\s+)?(?<invite>invite\s+(?:[^\s,;.]+\s+){1,12}?to\s+(?<meeting>${MEETING})(?:\s+(?:to|in\s+order\s+to)\s+[^,;.]{1,150})?)`,
  'gi',
)
const INVITED = new RegExp(String.raw`\s+(?:be|would\s+be|will\s+be|to\s+be|should\s+be)\s+invited\s+to\s+(?:attend\s+)?(?<meeting>${MEETING})(?:\s+(?:to|in\s+order\s+to)\s+[^,;.]{1,150})?`, 'gi')

const STOP_LEFT = new Set(
  'to that which who whom whose had has have was were is are be been being would will shall should could might may must asked requested agreed noted led received receive see consider considered bring submit present include on in at for with by from as into about than then so also therefore it they we he she'.split(
    ' ',
  ),
)
const ARTICLES = new Set(['a', 'an', 'the', 'further', 'regular', 'its', 'their'])

/** Where a report's noun phrase begins: back from its noun over its modifiers, to its article. */
function nounPhraseStart(text: string, nounStart: number): number {
  const from = Math.max(0, nounStart - 200)
  const words = [...text.slice(from, nounStart).matchAll(/\S+/g)].reverse().slice(0, 12)
  let start = nounStart
  let right = ''
  for (const word of words) {
    const bare = word[0].toLowerCase()
    if (/[,;:.()]$/.test(word[0]) || STOP_LEFT.has(bare)) break
    if ((bare === 'and' || bare === 'of' || bare === '&') && !/^[A-Z]/.test(right)) break
    start = from + word.index
    if (ARTICLES.has(bare)) break
    right = word[0]
  }
  return start
}

/** A report's title from its noun phrase: no article, "reports on" as "Report on". */
function reportTitle(phrase: string): string {
  return titleFrom(phrase.replace(/\b(report|update|briefing|paper|presentation)s\b/i, '$1'), { dropArticle: true })
}

type Destination = { due: DueReading } | 'elsewhere' | 'none'

/**
 * Where the words after a report's verb send it: the first part that names this board, one of its
 * meetings or a time ("to the committee’s next meeting", "planned for this committee in
 * September"); 'elsewhere' when every part names another body ("to the Corporate Parenting Panel").
 */
function destination(words: string, context: RuleContext): Destination {
  const parts = words.split(/\s+and\s+(?=(?:to|for|at|in|then|planned|scheduled|programmed|due|expected|brought|submitted|presented|considered|taken)\b)/i)
  let elsewhere = false
  for (const part of parts) {
    const body = bodyIn(part, context.boardName)
    if (body === 'other') {
      elsewhere = true
      continue
    }
    const found = findDue(part, context.reference)
    if (found || body === 'this') return { due: found?.due ?? { kind: 'unspecified' } }
  }
  return elsewhere ? 'elsewhere' : 'none'
}

/** The person before a verb who will do it ("Officers would bring…"); a pronoun is the officer speaking. */
function agentBefore(text: string, at: number, context: RuleContext): string | null {
  const match = new RegExp(String.raw`(${AGENT}|\b[Hh]e|\b[Ss]he|\b[Tt]hey)\s*$`).exec(text.slice(Math.max(0, at - 160), at))
  if (!match) return null
  return /^(?:he|she|they)$/i.test(match[1]!) ? speakerAt(text, at, context) : match[1]!.trim()
}

/** The follow-up reports one sentence asks for. */
export function findReports(text: string, context: RuleContext): Candidate[] {
  const found: Candidate[] = []
  const add = (title: string, due: DueReading, span: readonly [number, number], owner: string | null = null, words = title) => {
    // "Whether a report could be brought…" is a question, not a request.
    if (!tentative(text.slice(clauseStart(text, span[0]), span[1]))) found.push({ kind: 'report', title, due, recurrence: recurrenceIn(words), owner, span })
  }

  for (const match of text.matchAll(PASSIVE)) {
    const { noun = '', topic = '', aux = '', verb = '' } = match.groups ?? {}
    if (/^(?:is|are|was|were)$/i.test(aux.trim()) && !/^(?:scheduled|planned|programmed|due|expected)$/i.test(verb)) continue
    const nounStart = match.index
    const start = nounPhraseStart(text, nounStart)
    const verbEnd = match.index + match[0].length
    const end = clauseEnd(text, verbEnd)
    const where = destination(text.slice(verbEnd, end), context)
    if (where === 'elsewhere') continue
    if (where === 'none' && /^(?:provided|given|produced|prepared|added)$/i.test(verb)) continue
    const phrase = text.slice(start, nounStart) + noun + topic
    add(reportTitle(phrase), where === 'none' ? { kind: 'unspecified' } : where.due, [start, end], null, text.slice(start, end))
  }

  for (const match of text.matchAll(BROUGHT)) {
    const start = clauseStart(text, match.index)
    const verbEnd = match.index + match[0].length
    const end = clauseEnd(text, verbEnd)
    const where = destination(text.slice(verbEnd, end), context)
    if (start === match.index || where === 'elsewhere' || where === 'none') continue
    add(titleFrom(text.slice(start, match.index), { dropArticle: true }), where.due, [start, end], null, text.slice(start, end))
  }

  for (const pattern of [REQUEST, BRING]) {
    for (const match of text.matchAll(pattern)) {
      // "The Partnership would receive a report…": another body's report, not this board's.
      if (pastBefore(text, match.index) || bodyIn(text.slice(clauseStart(text, match.index), match.index), context.boardName) === 'other') continue
      const phrase = match.groups?.np ?? ''
      const after = match.index + match[0].length
      const end = clauseEnd(text, after)
      const where = destination(text.slice(after, end), context)
      if (where === 'elsewhere') continue
      if (pattern === BRING && where === 'none' && /^(?:provide|produce|prepare)$/.test(match.groups?.verb ?? '')) continue
      const owner = pattern === BRING ? agentBefore(text, match.index, context) : null
      add(reportTitle(phrase), where === 'none' ? { kind: 'unspecified' } : where.due, [match.index, end], owner, text.slice(match.index, end))
    }
  }

  for (const match of text.matchAll(REPORT_BACK)) {
    const what = match.groups?.what ?? ''
    const start = match.index + match[0].length - what.length
    const end = clauseEnd(text, start)
    const rest = text.slice(start, end)
    const due = findDue(rest, context.reference)
    const words = due && /^[\s.,;]*$/.test(rest.slice(due.end)) ? rest.slice(0, due.start) : rest
    add(titleFrom(words.replace(/^reporting/i, 'report')), due?.due ?? { kind: 'unspecified' }, [match.index, end], agentBefore(text, match.index, context), rest)
  }

  for (const match of text.matchAll(STANDING)) {
    const start = clauseStart(text, match.index)
    if (start === match.index) continue
    const end = clauseEnd(text, match.index + match[0].length)
    add(titleFrom(text.slice(start, match.index), { dropArticle: true }), { kind: 'next-meeting' }, [start, end], null, text.slice(start, end))
  }

  for (const match of text.matchAll(INCLUDE)) {
    const end = clauseEnd(text, match.index + match[0].length)
    const clause = text.slice(match.index, end)
    add(titleFrom(match.groups?.obj ?? '', { dropArticle: true }), findDue(clause, context.reference)?.due ?? { kind: 'unspecified' }, [match.index, end], null, clause)
  }
  for (const match of text.matchAll(INCLUDED)) {
    const start = clauseStart(text, match.index)
    const end = clauseEnd(text, match.index + match[0].length)
    if (start === match.index) continue
    add(titleFrom(text.slice(start, match.index), { dropArticle: true }), findDue(text.slice(match.index, end), context.reference)?.due ?? { kind: 'unspecified' }, [start, end], null, text.slice(start, end))
  }

  for (const match of text.matchAll(INVITE)) {
    const invite = match.groups?.invite ?? ''
    const end = match.index + match[0].length
    add(titleFrom(invite), findDue(match.groups?.meeting ?? '', context.reference)?.due ?? { kind: 'unspecified' }, [match.index, end])
  }
  for (const match of text.matchAll(INVITED)) {
    const start = clauseStart(text, match.index)
    if (start === match.index) continue
    const who = text.slice(start, match.index).trim()
    const invited = text.slice(match.index, match.index + match[0].length).replace(/^\s*(?:be|would\s+be|will\s+be|to\s+be|should\s+be)\s+invited\s+/i, '')
    add(titleFrom(`Invite ${who} ${invited}`), findDue(match.groups?.meeting ?? '', context.reference)?.due ?? { kind: 'unspecified' }, [start, match.index + match[0].length])
  }
  return found
}
