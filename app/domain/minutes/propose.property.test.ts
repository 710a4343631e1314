import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { minutesProposalsSchema } from '@/contract/minutes'
import { proposeFromMinutes, type MinutesContext } from './propose'

const context: MinutesContext = {
  meetingDate: '2027-01-14',
  today: '2027-01-20',
  meetings: [
    { id: 'a', date: '2027-03-11', status: 'scheduled' },
    { id: 'b', date: '2027-09-16', status: 'cancelled' },
  ],
  boardName: 'Scrutiny Committee',
}

/** Pieces of minutes, to build texts that come near the rules far more often than random characters do. */
const fragments = [
  '10.4 ', '(a) ', '• ', 'ACTION: ', 'RESOLVED that ', 'Minutes:', 'Agenda item', 'Supporting documents:', '\n', '\n\n\u00a0\n\n', '\r\n', '. ', '; ', ', and ',
  'a report on recruitment ', 'be made to the next meeting', 'would be sent to all Members ', 'later in the summer', 'by the end of March 2027',
  'Mr Segurola added that ', 'the Director ', 'agreed to circulate ', 'judged ‘inadequate’ ', 'overall ', 'requires improvement to be good', 'good',
  'in September', 'its work programme', 'invite the chair to a future meeting ', 'annual ', 'every meeting', 'as necessary', 'may ', 'Mr. ',
  '😀', '\u200b', '\ud800', '‘', '’', '"', '?', '31/02/2027', 'within six weeks ', 'before the end of the financial year',
]

const minutesLike = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''))

describe('whatever text it is given', () => {
  it('never throws, answers what the contract says, and points every proposal at its own sentence in the text', () => {
    fc.assert(
      fc.property(fc.oneof(minutesLike, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        const proposals = proposeFromMinutes(text, context)
        expect(() => minutesProposalsSchema.parse(proposals)).not.toThrow()
        for (const proposal of proposals) {
          expect(proposal.source.start).toBeGreaterThanOrEqual(0)
          expect(proposal.source.end).toBeGreaterThan(proposal.source.start)
          expect(proposal.source.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(proposal.source.start, proposal.source.end)).toBe(proposal.source.text)
        }
        expect(new Set(proposals.map((proposal) => proposal.id)).size).toBe(proposals.length)
      }),
      { numRuns: 400 },
    )
  })

  it('reads the longest text it takes, even one run-on sentence of the words its rules look for, in a few seconds', () => {
    const runOn = 'a report on the board would be sent to the committee by the end of March and '.repeat(3000).slice(0, 200_000)
    const started = performance.now()
    proposeFromMinutes(runOn, context)
    expect(performance.now() - started).toBeLessThan(15_000)
  }, 30_000)
})
