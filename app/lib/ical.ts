import { addDays, format, parseISO } from 'date-fns'

export interface CalendarEvent {
  uid: string
  /** An all-day event on this date. */
  date: string
  summary: string
  description?: string
  location?: string
}

/** Escapes text as RFC 5545 asks: backslash, semicolon, comma and new lines. */
export function icalText(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll(';', '\\;').replaceAll(',', '\\,').replace(/\r?\n/g, '\\n')
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
      `UID:${event.uid}`,
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
