/**
 * Minutes as councils publish them, cut into paragraphs and sentences that keep their place in the
 * text: numbered paragraphs ("10.4"), lettered and bulleted ones, "ACTION: Name" lines, RESOLVED
 * paragraphs, and the agenda's own description above "Minutes:" (not minutes, so left out).
 */

/** A sentence of the minutes, with its offsets in the text as sent. */
export interface Sentence {
  /** The sentence as the rules read it: the text's own characters, odd spaces made plain spaces. */
  text: string
  start: number
  end: number
  paragraph: number
  /** Part of a RESOLVED paragraph, or of the items listed under one. */
  resolved: boolean
}

/** What an "ACTION: Name" line (or a closing "(Action: Name)") says of the paragraph before it. */
export interface ActionLine {
  /** The owner as written. */
  owner: string
  /** Anything after the owner ("by 30 June"), read for a due date. */
  rest: string
}

/** A paragraph of the minutes: its sentences, and the "ACTION:" line that follows it, if any. */
export interface Paragraph {
  index: number
  sentences: Sentence[]
  actionLine: ActionLine | null
}

type LabelKind = 'number' | 'letter' | 'bullet' | 'none'

interface Line {
  start: number
  end: number
}

const NUMBER_LABEL = /^\d{1,3}(?:\.\d{1,3}){0,3}\.?(?=\s)/
const LETTER_LABEL = /^(?:\((?:[a-z]|[ivx]{1,5})\)|(?:[a-z]|[ivx]{1,5})[).])(?=\s)/i
const BULLET_LABEL = /^[•·▪◦‣∙●○■□➢►✓*–—-](?=\s)/
const ACTION_LINE = /^(?:ACTIONS?|Actions?)(?:\s+(?:by|owner|lead))?\s*[:–—-]\s*(\S.*)$/
const CLOSING_ACTION = /\(\s*(?:ACTIONS?|Actions?)(?:\s+by)?\s*[:–—-]\s*([^()]{1,120})\)\s*\.?\s*$/
const AGENDA_ITEM = /^Agenda item\b/i
const MINUTES_HEADING = /^Minutes\s*:?$/i
const SUPPORTING = /^Supporting documents\s*:?/i
const RESOLVED = /^(?:(?:and\s+)?it\s+was\s+)?(?:RESOLVED|Resolved|AGREED|DECIDED)\b/
/** Words a full stop after which does not end a sentence: titles, "No.", "pp.", "i.e.". */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Cllr|Prof|Rev|Hon|St|No|Nos|pp|para|paras|cf|i\.e|e\.g|[A-Z])$/

/** The text as the rules read it: the same length, with no-break, figure and tab spaces as spaces. */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\t\f\v]/g, ' ')
}

function linesOf(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      lines.push({ start, end: at })
      if (code === 13 && text.charCodeAt(at + 1) === 10) at++
      start = at + 1
    }
  }
  lines.push({ start, end: text.length })
  return lines
}

/** The line without the white space around it. */
function trimmed(plain: string, line: Line): Line {
  let { start, end } = line
  while (start < end && /\s/.test(plain[start]!)) start++
  while (end > start && /\s/.test(plain[end - 1]!)) end--
  return { start, end }
}

function labelOf(content: string): { kind: LabelKind; length: number } {
  for (const [kind, pattern] of [['number', NUMBER_LABEL], ['letter', LETTER_LABEL], ['bullet', BULLET_LABEL]] as const) {
    const match = pattern.exec(content)
    if (match) return { kind, length: match[0].length }
  }
  return { kind: 'none', length: 0 }
}

/** Lines that are the agenda's description (from "Agenda item" to "Minutes:") or its list of documents. */
function notMinutes(plain: string, lines: Line[]): Set<number> {
  const skipped = new Set<number>()
  const texts = lines.map((line) => plain.slice(line.start, line.end).trim())
  let skipping = false
  texts.forEach((text, index) => {
    if (AGENDA_ITEM.test(text)) {
      const next = texts.findIndex((later, at) => at > index && (MINUTES_HEADING.test(later) || AGENDA_ITEM.test(later)))
      skipping = next !== -1 && MINUTES_HEADING.test(texts[next]!)
    } else if (MINUTES_HEADING.test(text)) {
      skipping = false
      skipped.add(index)
    } else if (SUPPORTING.test(text)) {
      skipping = true
    }
    if (skipping) skipped.add(index)
  })
  return skipped
}

/** Cuts a paragraph's span into sentences at full stops, question and exclamation marks. */
function sentencesIn(plain: string, start: number, end: number): Line[] {
  const spans: Line[] = []
  const stop = /[.!?]+["'’”)\]]*(?=\s|$)/g
  stop.lastIndex = start
  let from = start
  for (let match = stop.exec(plain); match && match.index < end; match = stop.exec(plain)) {
    const after = Math.min(end, match.index + match[0].length)
    const next = /\S/.exec(plain.slice(after, Math.min(end, after + 20)))
    const nextChar = next ? next[0] : ''
    const before = plain.slice(Math.max(from, match.index - 6), match.index)
    const endsHere = nextChar === '' || (/[A-Z0-9"'‘“(\[•]/.test(nextChar) && !(match[0].startsWith('.') && ABBREVIATION.test(before)))
    if (endsHere) {
      spans.push({ start: from, end: after })
      from = after
    }
  }
  spans.push({ start: from, end })
  return spans.flatMap((span) => bounded(plain, trimmed(plain, span))).filter((span) => span.end > span.start)
}

/** The longest sentence the rules read whole: a run of text with no full stop is cut at white space, so no text costs more than its length. */
export const LONGEST_SENTENCE = 1000

function bounded(plain: string, span: Line): Line[] {
  const pieces: Line[] = []
  let { start } = span
  while (span.end - start > LONGEST_SENTENCE) {
    const space = plain.lastIndexOf(' ', start + LONGEST_SENTENCE)
    let cut = space > start + LONGEST_SENTENCE / 2 ? space : start + LONGEST_SENTENCE
    // Never between the two halves of a character outside the Basic Multilingual Plane.
    if (/[\udc00-\udfff]/.test(plain[cut] ?? '')) cut--
    pieces.push(trimmed(plain, { start, end: cut }))
    start = cut
  }
  pieces.push(trimmed(plain, { start, end: span.end }))
  return pieces
}

/** The minutes' paragraphs, each with its sentences; agenda descriptions and document lists left out. */
export function paragraphsOf(text: string): Paragraph[] {
  const plain = plainSpaces(text)
  const lines = linesOf(plain)
  const skipped = notMinutes(plain, lines)
  const blocks: Array<{ start: number; end: number; label: LabelKind; actionLine: ActionLine | null }> = []
  let open: (typeof blocks)[number] | null = null
  lines.forEach((line, index) => {
    const content = trimmed(plain, line)
    const words = plain.slice(content.start, content.end)
    if (skipped.has(index) || content.start === content.end) {
      open = null
      return
    }
    const action = ACTION_LINE.exec(words)
    if (action) {
      const last = blocks.at(-1)
      if (last && !last.actionLine) last.actionLine = ownerAndRest(action[1]!)
      open = null
      return
    }
    const label = labelOf(words)
    const continues = open !== null && label.kind === 'none' && !/[.!?:]["'’”)\]]*$/.test(plain.slice(Math.max(open.start, open.end - 4), open.end))
    if (continues && open) {
      open.end = content.end
      return
    }
    open = { start: content.start + label.length, end: content.end, label: label.kind, actionLine: null }
    blocks.push(open)
  })

  let resolvedLabel: LabelKind | null = null
  return blocks.map((block, index) => {
    let end = block.end
    let actionLine = block.actionLine
    const closing = CLOSING_ACTION.exec(plain.slice(block.start, block.end))
    if (closing) {
      end = block.start + closing.index
      actionLine ??= ownerAndRest(closing[1]!)
    }
    const opensResolution = RESOLVED.test(plain.slice(block.start, end).trimStart())
    if (opensResolution) resolvedLabel = block.label
    else if (resolvedLabel !== null && (block.label === 'none' || block.label === resolvedLabel)) resolvedLabel = null
    const resolved = resolvedLabel !== null
    const sentences = sentencesIn(plain, block.start, end).map((span) => ({ text: plain.slice(span.start, span.end), ...span, paragraph: index, resolved }))
    return { index, sentences, actionLine }
  })
}

function ownerAndRest(written: string): ActionLine {
  const cut = /\s*(?:[,;(]|[–—-]\s|\bby\b|\bdue\b)/i.exec(written)
  const owner = (cut ? written.slice(0, cut.index) : written).trim()
  return { owner: owner === '' ? written.trim() : owner, rest: cut ? written.slice(cut.index) : '' }
}
