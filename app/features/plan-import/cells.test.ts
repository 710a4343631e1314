import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cellParagraphs, cellText, readDueDate, readStatus } from './cells'

describe('readDueDate: UK dates, day first', () => {
  it.each([
    ['31/03/2027', '2027-03-31'],
    ['31/3/27', '2027-03-31'],
    ['1-4-2027', '2027-04-01'],
    ['31.03.2027', '2027-03-31'],
    ['04/05/2027', '2027-05-04'],
    ['31/03/2027 00:00', '2027-03-31'],
    ['2027-03-31', '2027-03-31'],
    ['31 March 2027', '2027-03-31'],
    ['31st March 2027', '2027-03-31'],
    ['1st Sept 2027', '2027-09-01'],
    ['2 Feb 27', '2027-02-02'],
    ['Wednesday 31 March 2027', '2027-03-31'],
    ['  31 march 2027 ', '2027-03-31'],
  ])('reads “%s” as %s', (text, date) => {
    expect(readDueDate(text)).toEqual({ kind: 'date', date })
  })

  it.each([
    ['March 2027', '2027-03-31', '31/03/2027'],
    ['Mar-27', '2027-03-31', '31/03/2027'],
    ['Feb 2028', '2028-02-29', '29/02/2028'],
    ['06/2027', '2027-06-30', '30/06/2027'],
  ])('takes the month alone, “%s”, as its last day, and says so', (text, date, shown) => {
    expect(readDueDate(text)).toEqual({ kind: 'date', date, note: `Month only: taken as its last day, ${shown}` })
  })

  it('reads an Excel date cell by its calendar day, and an Excel day number', () => {
    expect(readDueDate(new Date(Date.UTC(2027, 2, 31)))).toEqual({ kind: 'date', date: '2027-03-31' })
    expect(readDueDate(46477)).toEqual({ kind: 'date', date: '2027-03-31' })
    expect(readDueDate(46477.75)).toEqual({ kind: 'date', date: '2027-03-31' })
  })

  it('says what is wrong with what it cannot read', () => {
    expect(readDueDate('')).toEqual({ kind: 'empty' })
    expect(readDueDate(null)).toEqual({ kind: 'empty' })
    expect(readDueDate('TBC')).toEqual({ kind: 'problem', problem: '“TBC” is not a date the import can read: give a day, month and year, like 31/03/2027 or 31 March 2027' })
    expect(readDueDate('Q4 2026/27').kind).toBe('problem')
    expect(readDueDate('31/02/2027')).toEqual({ kind: 'problem', problem: '“31/02/2027” is not a real date' })
    expect(readDueDate('03/31/2027')).toEqual({ kind: 'problem', problem: '“03/31/2027” is not a real date: dates are read day first, like 31/03/2027' })
    expect(readDueDate('31 Smarch 2027').kind).toBe('problem')
    expect(readDueDate(12)).toEqual({ kind: 'problem', problem: '“12” is not a date' })
    expect(readDueDate(new Date(Number.NaN)).kind).toBe('problem')
  })

  it('reads back any day it wrote, in every form it accepts (2000 to 2099)', () => {
    const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (day) => {
        const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
        for (const text of [`${d}/${m}/${y}`, `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${String(y).slice(2)}`, iso, `${d} ${monthNames[m - 1]} ${y}`, `${d} ${monthNames[m - 1]!.slice(0, 3)} ${y}`]) {
          expect(readDueDate(text), text).toEqual({ kind: 'date', date: iso })
        }
        expect(readDueDate(new Date(Date.UTC(y, m - 1, d))), 'date cell').toEqual({ kind: 'date', date: iso })
      }),
    )
  })

  it('never throws, and any date it gives is a real one', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.constantFrom('31/13/2027', '00/01/2027', '29/02/2027', '29/02/2028')), (cell) => {
        const reading = readDueDate(cell)
        if (reading.kind === 'date') expect(new Date(`${reading.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(reading.date)
      }),
    )
  })
})

describe('readStatus', () => {
  it.each([
    ['Red', 'red'],
    ['R', 'red'],
    ['Off track', 'red'],
    ['off-track', 'red'],
    ['Amber', 'amber'],
    ['AT RISK', 'amber'],
    ['Green', 'green'],
    ['On Track', 'green'],
    ['Blue', 'blue'],
    ['Complete', 'blue'],
    ['Completed', 'blue'],
    ['Complete (Blue)', 'blue'],
    ['Not started', 'not-started'],
    ['Not yet due', 'not-started'],
  ] as const)('reads “%s” as %s', (text, rag) => {
    expect(readStatus(text)).toBe(rag)
  })

  it('leaves words with no fixed meaning for the person to say', () => {
    for (const text of ['In progress', 'Amber/Green', 'Ongoing', 'Purple']) expect(readStatus(text)).toBeNull()
  })
})

describe('cell text', () => {
  it('shows dates day first and squeezes spaces; paragraphs keep their line breaks', () => {
    expect(cellText(new Date(Date.UTC(2027, 2, 1)))).toBe('01/03/2027')
    expect(cellText('  Helen   Okafor ')).toBe('Helen Okafor')
    expect(cellText(null)).toBe('')
    expect(cellText(3)).toBe('3')
    expect(cellParagraphs('First  point.\r\n\r\n\r\n  Second point. ')).toBe('First point.\n\nSecond point.')
  })
})
