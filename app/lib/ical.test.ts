// @vitest-environment node
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { icalText, icalUid, toICalendar } from './ical'

describe('iCalendar', () => {
  it('escapes text', () => {
    expect(icalText('A, B; C\\D\nE')).toBe('A\\, B\\; C\\\\D\\nE')
  })

  it('writes all-day events with CRLF lines no longer than 75 octets', () => {
    const text = toICalendar(
      'Northshire meetings',
      [{ uid: 'meeting-1@improvement-tracker', date: '2026-12-10', summary: 'Improvement Board meeting', description: 'x'.repeat(200), location: 'County Hall, Northshire' }],
      new Date('2026-11-23T10:00:00Z'),
    )
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text).toContain('DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261211\r\n')
    expect(text).toContain('DTSTAMP:20261123T100000Z')
    expect(text).toContain('LOCATION:County Hall\\, Northshire')
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })
})

/** What a strict reader of RFC 5545 sees: unfolded content lines, each a known property. */
function contentLines(text: string): string[] {
  expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/) // line breaks are CRLF only
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1)
}
const known = /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|X-WR-CALNAME|UID|DTSTAMP|DTSTART;VALUE=DATE|DTEND;VALUE=DATE|SUMMARY|DESCRIPTION|LOCATION|TRANSP):/

describe('iCalendar with hostile text', () => {
  const hostile = [
    'Report\rBEGIN:VEVENT\rSUMMARY:Injected',
    'Report\nEND:VEVENT\nBEGIN:VEVENT',
    'Report\r\nBEGIN:VEVENT',
    'Bell\u0001 tab\u000B delete\u007F form\u000C',
    'Line\u2028separator\u2029paragraph',
    ';,\\:"',
  ]

  it.each(hostile)('keeps %j inside one property, with no control characters', (title) => {
    const text = toICalendar('Calendar', [{ uid: `meeting-1\r\nBEGIN:VEVENT`, date: '2026-12-10', summary: title, description: title, location: title }])
    const lines = contentLines(text)
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(lines.every((line) => known.test(line))).toBe(true)
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/)
    expect(lines).toContain('UID:meeting-1%0D%0ABEGIN%3AVEVENT')
  })

  // Many generated cases: a generous limit, as these machines are shared.
  it('holds for any text and any id (generated)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary', minLength: 1 }), (summary, uid) => {
        const lines = contentLines(toICalendar('Calendar', [{ uid, date: '2026-12-10', summary }]))
        expect(lines.filter((line) => line.startsWith('BEGIN:')).length).toBe(2)
        expect(lines.every((line) => known.test(line))).toBe(true)
      }),
    )
  })

  it('gives two different ids two different UIDs', () => {
    expect(icalUid('a b')).not.toBe(icalUid('a%20b'))
    expect(icalUid('\u2028')).not.toBe(icalUid(' 28'))
  })
})
