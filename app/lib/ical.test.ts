import { describe, expect, it } from 'vitest'
import { icalText, toICalendar } from './ical'

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
