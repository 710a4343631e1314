import { gradeLabels, type Grade } from '@/contract/frameworks'
import type { Candidate } from './phrases'

/**
 * Judgements quoted with their grades: "help and protection was judged to be inadequate", "the
 * overall effectiveness of services was rated ‘requires improvement to be good’". Only this
 * council's: another authority's grades, and grades in a member's remark, are not judgements.
 */

const GRADE = /[‘'"“]?\b(?<grade>outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|adequate)\b[’'"”]?/gi
const CUE = /\b(?:judged|judgements?|judgments?|graded|grades?|rated|ratings?|found\s+to\s+be|assessed\s+as|overall\s+effectiveness)\b/i
const WEAK_CUE = /\b(?:rated|ratings?|found\s+to\s+be|assessed\s+as)\b/i
const OFSTED = /\b(?:ofsted|inspect\w*)\b/i
const OTHER_AUTHORITY =
  /\b(?:another|other|nearby|neighbouring|comparator|similar|some)\s+(?:local\s+)?(?:authorit(?:y|ies)|councils?)\b|\bstatistical\s+neighbours?\b|\bnationally\b|\bin\s+england\b/i
/** Grades that are also everyday words: a grade only when quoted or said as one ("judged good", "as good overall"). */
const EVERYDAY = /^(?:good|outstanding|adequate)$/i

/** The areas of judgement, as the frameworks in app/contract/frameworks.ts call them, by the words the minutes use. */
const AREAS: Array<[RegExp, string]> = [
  [/\boverall\s+effectiveness\b|\boverall\s+judgement\b|\boverall\b/i, 'Overall effectiveness'],
  [/\bimpact\s+of\s+leaders\b/i, 'The impact of leaders on social work practice with children and families'],
  [/\bleadership,?\s+management\s+and\s+governance\b/i, 'Leadership, management and governance'],
  [/\bleadership\b|\bleaders\b/i, 'Leadership'],
  [/\bhelp\s+and\s+protection\b/i, 'Children who need help and protection'],
  [/\bin\s+care\s+and\s+care\s+leavers\b/i, 'Children in care and care leavers'],
  [/\badoption\b/i, 'Adoption performance'],
  [/\bcare\s+leavers?\b/i, 'Care leavers'],
  [/\blooked\s+after\b|\bachieving\s+permanence\b/i, 'Children looked after and achieving permanence'],
  [/\bchildren\s+in\s+care\b/i, 'Children in care'],
]

function gradeOf(words: string): Grade {
  const lower = words.toLowerCase().replace(/\s+/g, ' ')
  if (lower.startsWith('require')) return 'requires-improvement'
  return lower as Grade
}

/** The areas named in some words, in the order they come; one phrase names one area. */
function areasIn(words: string): string[] {
  const taken: Array<[number, number, string]> = []
  for (const [pattern, label] of AREAS) {
    const match = pattern.exec(words)
    if (!match) continue
    const [start, end] = [match.index, match.index + match[0].length]
    if (taken.some(([from, to]) => start < to && end > from)) continue
    taken.push([start, end, label])
  }
  return taken.sort((a, b) => a[0] - b[0]).map(([, , label]) => label)
}

/** The judgements one sentence quotes, with their grades. `paragraph` is the sentence's whole paragraph, for a mention of Ofsted. */
export function findJudgements(text: string, paragraph: string): Candidate[] {
  if (!CUE.test(text) || OTHER_AUTHORITY.test(text)) return []
  if (WEAK_CUE.test(text) && !CUE.test(text.replace(WEAK_CUE, '')) && !OFSTED.test(paragraph)) return []
  const found: Candidate[] = []
  let from = 0
  for (const match of text.matchAll(GRADE)) {
    const words = match.groups?.grade ?? ''
    const quoted = /^[‘'"“]/.test(match[0])
    const before = text.slice(Math.max(0, match.index - 30), match.index)
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 20)
    if (EVERYDAY.test(words) && !quoted && !(/\b(?:as|be|been|was|were|is|are|judged|rated|graded|remained)\s*$/i.test(before) && /^\s*(?:[,.;)]|$|and\b|overall\b|in\b|for\b|by\b|at\b|across\b|on\b|rating\b|judgement\b|grade\b)/i.test(after))) {
      continue
    }
    const gradeEnd = match.index + match[0].length
    const overall = /^\s*overall\b/i.exec(after)
    const end = gradeEnd + (overall ? overall[0].length : 0)
    const grade = gradeOf(words)
    const areas = [...areasIn(text.slice(from, gradeEnd)), ...(overall ? ['Overall effectiveness'] : [])]
    for (const area of areas.length > 0 ? areas : ['Judgement']) {
      found.push({ kind: 'judgement', title: `${area}: ${gradeLabels[grade]}`, due: { kind: 'unspecified' }, recurrence: 'none', owner: null, grade, span: [from, end] })
    }
    from = end
  }
  return found
}
