import { describe, expect, it } from 'vitest'
import { buildDemoData } from './demo-data'

const data = buildDemoData(new Date('2026-11-23T09:00:00'))
const statusUpdates = data.milestoneUpdates.filter((update) => update.kind === 'status')
const titleOf = (milestoneId: string) => data.milestones.find((milestone) => milestone.id === milestoneId)!.title
const sentences = (text: string) => text.split(/(?<=[.;:])\s+/).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0)

/** Where the same sentence appears in more than one update: sentence → the milestones using it. */
function repeated(texts: Array<{ milestoneId: string; text: string }>): Record<string, string[]> {
  const uses = new Map<string, string[]>()
  for (const { milestoneId, text } of texts) for (const sentence of sentences(text)) uses.set(sentence, [...(uses.get(sentence) ?? []), titleOf(milestoneId)])
  return Object.fromEntries([...uses].filter(([, where]) => where.length > 1))
}

describe('the demo’s status updates read as a director wrote them', () => {
  it('has commentary in every status update, each different from every other', () => {
    expect(statusUpdates.length).toBeGreaterThan(80)
    const commentary = statusUpdates.map((update) => update.commentary)
    expect(commentary.every((text) => text.length > 40)).toBe(true)
    expect(new Set(commentary).size).toBe(commentary.length)
  })

  it('repeats no sentence of commentary, recovery action or evidence across updates', () => {
    expect(repeated(statusUpdates.map((update) => ({ milestoneId: update.milestoneId, text: update.commentary })))).toEqual({})
    expect(repeated(statusUpdates.flatMap((update) => (update.recoveryAction ? [{ milestoneId: update.milestoneId, text: update.recoveryAction }] : [])))).toEqual({})
    expect(repeated(statusUpdates.flatMap((update) => (update.evidence ? [{ milestoneId: update.milestoneId, text: update.evidence }] : [])))).toEqual({})
  })

  it('gives every At risk and Off track update a recovery action, and every Complete its evidence', () => {
    const missing = statusUpdates.filter((update) => ((update.rag === 'amber' || update.rag === 'red') && !update.recoveryAction) || (update.rag === 'blue' && !update.evidence))
    expect(missing.map((update) => `${titleOf(update.milestoneId)} (${update.rag})`)).toEqual([])
  })

  it('fills in every date it names, relative to the update', () => {
    const words = statusUpdates.flatMap((update) => [update.commentary, update.recoveryAction ?? '', update.evidence ?? ''])
    expect(words.filter((text) => /\{|\}/.test(text))).toEqual([])
    const dated = statusUpdates.find((update) => titleOf(update.milestoneId) === 'Case transfer protocol between teams' && update.rag === 'green' && /agreed the protocol/.test(update.commentary))!
    // Its last update was 3 days before 23 November 2026; "{-2}" is two days before that.
    expect(dated.commentary).toContain('on 18 November')
  })
})
