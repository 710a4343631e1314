import type { MinutesProposal } from '@/contract/minutes'
import { findCommitments, findActions } from './action-rules'
import { findDue } from './dates'
import { findJudgements } from './judgement-rules'
import { remarkEnds, speakersIn, titleFrom, type Candidate, type RuleContext } from './phrases'
import { findReports } from './report-rules'
import { resolveDue, type BoardMeeting } from './resolve'
import { paragraphsOf, type Sentence } from './segments'

/** What the extractor is told besides the text: all of it comes from the board and its meetings. */
export interface MinutesContext {
  /** The date of the meeting the minutes record, when known: relative dates and "next meeting" count from it. */
  meetingDate: string | null
  /** Today (Europe/London), counted from when the minutes' meeting is not known. */
  today: string
  /** The board's meetings, to name the meeting a report is due at. */
  meetings: readonly BoardMeeting[]
  /** The board's name, to tell "this committee" from another body the minutes name. */
  boardName: string | null
}

interface Found {
  candidate: Candidate
  sentence: Sentence
}

const STOP_WORDS = new Set('a an the of on to for and or in at by with be is are was were would will that this its their from as report reports'.split(' '))

/** A title's content words, roughly stemmed, for telling one item said twice ("RESOLVED that …" repeating it). */
function contentWords(title: string): Set<string> {
  const words = title.toLowerCase().replace(/[’']s\b/g, '').match(/[a-z]+/g) ?? []
  return new Set(words.filter((word) => !STOP_WORDS.has(word)).map((word) => (word.length > 4 ? word.replace(/(?:ing|ed|es|s|e)$/, '') : word)))
}

function sameItem(a: Candidate, b: Candidate): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'judgement') return a.title === b.title
  const [left, right] = [contentWords(a.title), contentWords(b.title)]
  const smaller = Math.min(left.size, right.size)
  if (smaller < 2) return a.title.toLowerCase() === b.title.toLowerCase()
  return [...left].filter((word) => right.has(word)).length / smaller >= 0.8
}

const overlaps = (a: Candidate, b: Candidate) => a.span[0] < b.span[1] && b.span[0] < a.span[1]

/** What one sentence proposes: reports first, then actions and commitments in words no report took, and judgements. */
function inSentence(sentence: Sentence, context: RuleContext, paragraph: string): Candidate[] {
  const remark = remarkEnds(sentence.text)
  const kept: Candidate[] = []
  const fresh = (candidate: Candidate) => candidate.span[0] >= remark && candidate.title !== '' && !kept.some((other) => other.kind !== 'judgement' && overlaps(other, candidate))
  for (const candidate of [
    ...findReports(sentence.text, context),
    ...findActions(sentence.text, context, sentence.resolved),
    ...findCommitments(sentence.text, context),
  ]) {
    if (fresh(candidate)) kept.push(candidate)
  }
  kept.push(...findJudgements(sentence.text, paragraph).filter((candidate) => candidate.span[0] >= remark))
  return kept
}

/**
 * Reads a meeting's minutes (plain text as councils publish them) and proposes what a clerk would
 * record: follow-up reports, actions, commitments with dates, and judgements with their grades, each
 * with the sentence it came from. Pure: it reads nothing and writes nothing; the rules are in
 * docs/domain-rules.md ("Bringing minutes in").
 */
export function proposeFromMinutes(text: string, context: MinutesContext): MinutesProposal[] {
  const reference = context.meetingDate ?? context.today
  const found: Found[] = []
  for (const paragraph of paragraphsOf(text)) {
    const words = paragraph.sentences.map((sentence) => sentence.text).join(' ')
    let paragraphSpeaker: string | null = null
    const own: Found[] = []
    for (const sentence of paragraph.sentences) {
      const rules: RuleContext = { reference, boardName: context.boardName, paragraphSpeaker }
      own.push(...inSentence(sentence, rules, words).map((candidate) => ({ candidate, sentence })))
      paragraphSpeaker = speakersIn(sentence.text).at(-1)?.name ?? paragraphSpeaker
    }
    const line = paragraph.actionLine
    const last = paragraph.sentences.at(-1)
    if (line && last && !own.some((each) => each.candidate.kind !== 'judgement')) {
      // The clerk marked an action the rules did not see: the paragraph's last sentence is it.
      const due = findDue(last.text, reference)?.due ?? { kind: 'unspecified' as const }
      own.push({ candidate: { kind: 'action', title: titleFrom(last.text), due, recurrence: 'none', owner: null, span: [0, last.text.length] }, sentence: last })
    }
    for (const each of own) {
      if (line && each.candidate.kind !== 'judgement') {
        const due = each.candidate.due.kind === 'unspecified' && line.rest ? findDue(line.rest, reference)?.due : undefined
        each.candidate = { ...each.candidate, owner: line.owner, ...(due ? { due } : {}) }
      }
    }
    found.push(...own)
  }

  const merged: Found[] = []
  for (const each of found) {
    const earlier = merged.find((other) => sameItem(other.candidate, each.candidate))
    if (!earlier) {
      merged.push(each)
      continue
    }
    const [first, again] = [earlier.candidate, each.candidate]
    earlier.candidate = {
      ...first,
      due: first.due.kind === 'unspecified' && !first.due.note ? again.due : first.due,
      owner: first.owner ?? again.owner,
      recurrence: first.recurrence === 'none' ? again.recurrence : first.recurrence,
    }
  }

  return merged.map(({ candidate, sentence }, index) => ({
    id: `proposal-${index + 1}`,
    kind: candidate.kind,
    title: candidate.title,
    due: resolveDue(candidate.due, candidate.kind, context.meetings, reference),
    recurrence: candidate.recurrence,
    owner: candidate.owner,
    ...(candidate.grade ? { grade: candidate.grade } : {}),
    source: { text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end },
  }))
}
