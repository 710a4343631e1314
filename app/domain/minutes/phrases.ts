import type { Grade } from '@/contract/frameworks'
import type { ProposalKind } from '@/contract/minutes'
import type { Recurrence } from '@/contract/reports'
import type { DueReading } from './dates'

/** Something a rule found in one sentence, before its due is resolved and duplicates are merged. */
export interface Candidate {
  kind: ProposalKind
  title: string
  due: DueReading
  recurrence: Recurrence
  owner: string | null
  grade?: Grade
  /** Where the words that made it lie in the sentence, to keep two rules from taking the same words. */
  span: readonly [number, number]
}

/** What the rules know beyond the sentence. */
export interface RuleContext {
  /** The minutes' own meeting date (or today): relative dates count from it. */
  reference: string
  /** The board's name, so "to the Corporate Parenting Panel" can be told from this board. */
  boardName: string | null
  /** The officer who last spoke in the paragraph before this sentence ("Mr Segurola added that…"). */
  paragraphSpeaker: string | null
}

/** "cabinet member" as `[Cc]abinet [Mm]ember`: a role is written with capitals or without. */
const capitalised = (words: string) => words.replace(/\b([a-z])/g, (letter) => `[${letter.toUpperCase()}${letter}]`)
const NAME_WORD = String.raw`[A-Z][A-Za-z’'\-]+`
const PERSON = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame|Lord|Lady)\.?\s+(?:[A-Z]\.?\s+){0,2}${NAME_WORD}(?:\s+${NAME_WORD})?`
const ROLE_WORDS = ['interim', 'acting', 'deputy', 'assistant', 'corporate', 'strategic', 'executive', 'senior', 'principal', 'service', 'programme', 'independent']
const ROLE_HEADS = ['director', 'head', 'chief executive', 'cabinet member', 'lead member', 'portfolio holder', 'chairman', 'chairwoman', 'chair', 'vice-chairman', 'vice-chair', 'manager', 'clerk', 'officer', 'adviser', 'advisor', 'leader']
const ROLE = String.raw`(?:[Tt]he\s+)?(?:(?:${ROLE_WORDS.map(capitalised).join('|')})\s+)*(?:${ROLE_HEADS.map(capitalised).join('|')})(?:\s+(?:of|for)\s+(?:the\s+)?${NAME_WORD}(?:\s+(?:and|of|for|the|&)\s+${NAME_WORD}|\s+${NAME_WORD}){0,6})?`
/** A person or officer the minutes name as doing something: "Mr Segurola", "the Director of Children’s Services", "officers", "the performance team". */
export const AGENT = String.raw`(?:${PERSON}|${ROLE}|[Oo]fficers|[Tt]he\s+(?:[A-Za-z’'-]+\s+){0,3}team)`
const SPEECH_VERBS = 'added|said|confirmed|explained|stated|reported|advised|indicated|agreed|undertook|informed|assured|noted|replied|responded|clarified|acknowledged|commented|highlighted|emphasised|outlined|suggested|offered|reminded|introduced|undertaken'
const SPEAKER = new RegExp(String.raw`(${AGENT}(?:\s+and\s+${AGENT})?)(?:,\s[^,;]{1,80},)?\s+(?:${SPEECH_VERBS})\b`, 'g')

/** The officers who speak in `text`, with where each one's words begin. */
export function speakersIn(text: string): Array<{ name: string; at: number }> {
  SPEAKER.lastIndex = 0
  return [...text.matchAll(SPEAKER)].map((match) => ({ name: match[1]!.trim(), at: match.index + match[0].length }))
}

/** The officer speaking where `at` lies: the last one named before it in the sentence, else the paragraph's. */
export function speakerAt(text: string, at: number, context: RuleContext): string | null {
  const before = speakersIn(text).filter((speaker) => speaker.at <= at)
  return before.at(-1)?.name ?? context.paragraphSpeaker
}

/** Where the clause holding `at` begins: after a semicolon, ", and", "that" after a verb of speech or decision, or the sentence's start. */
export function clauseStart(text: string, at: number): number {
  const head = text.slice(0, at)
  const boundary = /(?:;\s*|,\s+(?:and|but)\s+|\b(?:that|whether)\s+|\bRESOLVED\s*(?:[–—:-]\s*)?|\bAGREED\s*(?:[–—:-]\s*)?)/g
  let start = 0
  for (const match of head.matchAll(boundary)) start = match.index + match[0].length
  return start
}

/** Where the clause holding `at` ends: before a semicolon, ", and", "and that", ", but", ", which", ", although", or at the sentence's end. */
export function clauseEnd(text: string, at: number): number {
  const match = /;|,\s+(?:and|but|which|although|though|while|whilst|as|so)\s|\s+and\s+that\s|\s\((?=[A-Z])/.exec(text.slice(at))
  return match ? at + match.index : text.length
}

/** A title from words of the minutes: one line, no leading "and"/"that", no closing stop, a capital first, at most 200 characters. */
export function titleFrom(words: string, options: { dropArticle?: boolean } = {}): string {
  let title = words.replace(/\s+/g, ' ').trim()
  title = title.replace(/^(?:(?:and|but|that|so|therefore|also|then)\s+)+/i, '')
  if (options.dropArticle) title = title.replace(/^(?:the|a|an)\s+/i, '')
  title = title.replace(/[\s,;:.–—-]+$/, '').replace(/\s+(?:by|at|to|in|on|for|before)$/i, '')
  title = title.charAt(0).toUpperCase() + title.slice(1)
  if (title.length > 200) title = `${title.slice(0, 199).replace(/\s+\S*$/, '')}…`
  return title
}

/** How often something is due, from its words: annual, quarterly, every meeting, or once. */
export function recurrenceIn(words: string): Recurrence {
  if (/\b(?:every|each|all(?:\s+future)?)\s+(?:(?:committee|board|panel|formal)\s+)?meetings?\b|\bstanding\s+(?:agenda\s+)?item\b/i.test(words)) return 'every-meeting'
  if (/\bquarterly\b|\b(?:every|each)\s+quarter\b|\bevery\s+three\s+months\b/i.test(words)) return 'quarterly'
  if (/\bannual(?:ly)?\b|\b(?:every|each)\s+year\b|\byearly\b/i.test(words)) return 'annual'
  return 'none'
}

/** Words that make something tentative, not decided: "as necessary", "might", "could". */
export function tentative(words: string): boolean {
  // Modal verbs in lower case only: "May" is a month.
  return /\b(?:as|if|where|when)\s+(?:necessary|required|appropriate|needed)\b|\bwould\s+consider\s+whether\b/i.test(words) || /\b(?:might|could|may)\b/.test(words)
}

/** A sentence that reports what members said or asked, not what was decided. */
const REMARK =
  /^(?:(?:in\s+response\s+to\s+)?(?:a|an|one|another)\s+(?:comment|question|concern|query|member|councillor)\b|(?:some|several|other)\s+members\b|(?:members|councillors)\s+(?:felt|commented|suggested|questioned|expressed|raised|asked(?!\s+(?:that|for)\b)|wondered|queried|were\s+concerned|reported|stated|highlighted|noted|said)\b|surely\b|it\s+was\s+(?:suggested|commented|felt|questioned|queried)\b|these\s+members\b|(?:Councillor|Cllr)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:asked|questioned|queried|wondered|suggested|commented|felt|raised|expressed|said|stated|highlighted)\b)/i

/** Where a member's remark ends and an officer's answer begins; 0 when the sentence is no remark, its length when no officer answers. */
export function remarkEnds(text: string): number {
  if (text.trimEnd().endsWith('?')) return text.length
  if (!REMARK.test(text)) return 0
  const answer = speakersIn(text)[0]
  return answer ? answer.at : text.length
}

/**
 * Which body `words` send something to: 'this' board ("this committee", "the board’s next meeting",
 * "its work plan", or the board by its name), an 'other' body ("the Corporate Parenting Panel",
 * "Cabinet", "Full Council"), or null when they name none.
 */
export function bodyIn(words: string, boardName: string | null): 'this' | 'other' | null {
  if (/\b(?:this|the|its|our)\s+(?:committee|board|panel|sub-committee|cabinet|group|meeting)\b|\b(?:committee|board|panel)[’']s\b|\bmeetings?\b|\bwork\s*(?:plan|programme)\b/i.test(words)) return 'this'
  const bodies = words.match(/\b(?:[A-Z][\w’'-]+\s+(?:(?:and|of|for|&)\s+)?){1,6}(?:Committee|Board|Panel|Partnership|Cabinet|Council|Group|Forum|Executive)\b|\bCabinet\b|\bFull\s+Council\b/g) ?? []
  if (bodies.length === 0) return null
  const own = new Set((boardName ?? '').toLowerCase().match(/[a-z]+/g) ?? [])
  const named = bodies.map((body) => (body.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => !['the', 'and', 'of', 'for'].includes(word)))
  return named.some((words) => words.every((word) => own.has(word))) ? 'this' : 'other'
}

/** Whether the verb just before `at` is in a past tense that reports what was done ("had asked", "was presented"). */
export function pastBefore(text: string, at: number): boolean {
  return /\b(?:had|has|have)\s+(?:already\s+)?(?:been\s+)?(?:\w+\s+)?$|\b(?:was|were)\s+(?:already\s+)?$/i.test(text.slice(Math.max(0, at - 40), at))
}
