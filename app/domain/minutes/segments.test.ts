import { describe, expect, it } from 'vitest'
import { LONGEST_SENTENCE, paragraphsOf } from './segments'

const sentencesOf = (text: string) => paragraphsOf(text).map((paragraph) => paragraph.sentences.map((sentence) => sentence.text))

describe('paragraphs and sentences', () => {
  it('takes the number off a numbered paragraph, and does not end a sentence at "10.4" or a title', () => {
    expect(sentencesOf('10.4     The committee noted paragraph 10.4 of the report. Mr T. Stevenson, Dr. Lal and Cllr. Ames spoke to it.\n\n10.5  Next.')).toEqual([
      ['The committee noted paragraph 10.4 of the report.', 'Mr T. Stevenson, Dr. Lal and Cllr. Ames spoke to it.'],
      ['Next.'],
    ])
  })

  it('starts a paragraph at each letter or bullet, and joins lines wrapped mid-sentence', () => {
    expect(sentencesOf('(a) the report be noted;\nb) officers circulate the figures to\nall members;\n• a bullet\n– a dash item')).toEqual([
      ['the report be noted;'],
      ['officers circulate the figures to\nall members;'],
      ['a bullet'],
      ['a dash item'],
    ])
  })

  it('keeps every sentence’s offsets in the text as sent, no-break spaces and all', () => {
    const text = 'Agenda\r\n\r\n1.\u00a0The first\u00a0sentence. The second one!\r\n\u00a0\r\n2.  Another?'
    for (const paragraph of paragraphsOf(text)) {
      for (const sentence of paragraph.sentences) {
        expect(text.slice(sentence.start, sentence.end).replace(/\u00a0/g, ' ')).toBe(sentence.text)
      }
    }
    expect(sentencesOf(text)).toEqual([['Agenda'], ['The first sentence.', 'The second one!'], ['Another?']])
  })

  it('gives an "ACTION: Name" line, and a closing "(Action: Name)", to the paragraph before', () => {
    const paragraphs = paragraphsOf('10.4  It was agreed.\nACTION:\t\tAndrea Clarke\n\n10.5  Figures to follow (Action: Head of Performance, by 1 May).\n\n10.6  Noted.\nActions by – Ms Ng')
    expect(paragraphs.map((paragraph) => paragraph.actionLine)).toEqual([
      { owner: 'Andrea Clarke', rest: '' },
      { owner: 'Head of Performance', rest: ', by 1 May' },
      { owner: 'Ms Ng', rest: '' },
    ])
    expect(paragraphs[1]?.sentences.map((sentence) => sentence.text)).toEqual(['Figures to follow'])
  })

  it('marks a RESOLVED paragraph and the items listed under it, and nothing after them', () => {
    const paragraphs = paragraphsOf('2. RESOLVED that:\n(a) the report be noted;\n(b) a report come back.\n3. Any other business.\nRESOLVED that the minutes be agreed.\nThe meeting closed.')
    expect(paragraphs.map((paragraph) => paragraph.sentences[0]?.resolved)).toEqual([true, true, true, false, true, false])
  })

  it('leaves out an agenda item’s description above "Minutes:" and its list of documents', () => {
    const text = 'Agenda item\n\nOfsted report\n\nTo receive a report at the next meeting.\n\nMinutes:\n\n1. Noted.\n\nSupporting documents:\n\nReport PDF 1 MB\n\nAgenda item\n\nNo minutes heading here.'
    expect(sentencesOf(text)).toEqual([['Noted.'], ['Agenda item'], ['No minutes heading here.']])
  })

  it('cuts a run of text with no full stop into pieces no longer than the rules read whole', () => {
    const text = 'word '.repeat(1000)
    const sentences = paragraphsOf(text).flatMap((paragraph) => paragraph.sentences)
    expect(sentences.length).toBeGreaterThan(4)
    for (const sentence of sentences) expect(sentence.end - sentence.start).toBeLessThanOrEqual(LONGEST_SENTENCE)
  })
})
