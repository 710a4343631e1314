import { addDays, format, parseISO } from 'date-fns'

export interface CalendarEvent {
  uid: string
  /** An all-day event on this date. */
  date: string
  summary: string
  description?: string
  location?: string
}

/** Control characters RFC 5545 forbids in a TEXT value (all but tab); line breaks are handled apart. */
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/**
 * Escapes text as RFC 5545 asks: backslash, semicolon, comma, and every line break (CRLF, a lone
 * CR or a lone LF, so no parser can be made to start a new property), with control characters removed.
 */
export function icalText(text: string): string {
  return text
    .replace(controls, '')
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
}

const utf8 = new TextEncoder()

/** A UID is an identifier, not prose: anything outside a safe set is percent-encoded, byte by byte, so two ids never meet. */
export function icalUid(id: string): string {
  return id.replace(/[^A-Za-z0-9@._~-]/gu, (char) => [...utf8.encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''))
}

/** Lines of at most 75 octets, continued with a space (RFC 5545 folding). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line)
  if (bytes.length <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const charSize = new TextEncoder().encode(char).length
    if (size + charSize > (parts.length === 0 ? 75 : 74)) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += charSize
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** An iCalendar file of all-day events that Outlook and Google Calendar import. */
export function toICalendar(calendarName: string, events: CalendarEvent[], now: Date = new Date()): string {
  const stamp = `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Improvement Tracker//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(calendarName)}`,
  ]
  for (const event of events) {
    const start = format(parseISO(event.date), 'yyyyMMdd')
    const end = format(addDays(parseISO(event.date), 1), 'yyyyMMdd')
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icalUid(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${end}`,
      `SUMMARY:${icalText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${icalText(event.description)}`] : []),
      ...(event.location ? [`LOCATION:${icalText(event.location)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}
