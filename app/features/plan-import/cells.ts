import type { Rag } from '@/contract/rag'

/** One cell as the readers give it: text from a .csv; text, a number, a true/false or a date from an .xlsx; nothing. */
export type Cell = string | number | boolean | Date | null | undefined

/** A cell as a person reads it: trimmed text, dates day first. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()).split('-').reverse().join('/')
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE'
  return String(cell).replace(/\s+/g, ' ').trim()
}

/**
 * Longer text (commentary, recovery action, evidence): trimmed, line breaks kept, spaces within a
 * line collapsed, since a spreadsheet's cells often carry paragraphs.
 */
export function cellParagraphs(cell: Cell): string {
  if (typeof cell !== 'string') return cellText(cell)
  return cell
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')
const isoDate = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

const months: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
}
const weekday = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?,?\\s+)?'
const year = '(\\d{4}|\\d{2})'
/** An optional time after a date, as an export from Excel may add: "31/03/2027 00:00". */
const time = '(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?'

const numericDayFirst = new RegExp(`^${weekday}(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*${year}${time}$`, 'i')
const isoText = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T[\\d:.]+Z?)?${time}$`)
const dayMonthName = new RegExp(`^${weekday}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s\\-/]+([a-z]+)\\.?,?[\\s\\-/]+${year}$`, 'i')
const monthNameYear = new RegExp(`^([a-z]+)\\.?,?[\\s\\-/]+${year}$`, 'i')
const numericMonthYear = /^(\d{1,2})\s*[/\-]\s*(\d{4})$/

/** The earliest and latest Excel day numbers the service can hold: 1 January 2000 and 31 December 2100. */
const FIRST_SERIAL = 36526
const LAST_SERIAL = 73415

export type DueDateReading =
  | { kind: 'empty' }
  | { kind: 'date'; date: string; /** Said when the cell gave a month only. */ note?: string }
  | { kind: 'problem'; problem: string }

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text))

function dayOf(y: number, m: number, d: number, shown: string, dayFirst: boolean): DueDateReading {
  if (m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)) return { kind: 'date', date: isoDate(y, m, d) }
  const hint = dayFirst && m > 12 && d <= 12 ? ': dates are read day first, like 31/03/2027' : ''
  return { kind: 'problem', problem: `“${shown}” is not a real date${hint}` }
}

function lastDayOf(y: number, m: number): DueDateReading {
  const day = daysIn(y, m)
  const date = isoDate(y, m, day)
  return { kind: 'date', date, note: `Month only: taken as its last day, ${day}/${pad(m)}/${y}` }
}

/**
 * A due date from a cell, UK style (day first). Accepted:
 * - a date cell of an .xlsx, or an Excel day number (a date cell formatted as a number);
 * - 31/03/2027, 31-3-27, 31.03.2027 (day, month, year; a two-digit year is 20yy), with or without a time;
 * - 2027-03-31;
 * - 31 March 2027, 31st Mar 2027, Wednesday 31 March 2027;
 * - a month alone (March 2027, Mar-27, 03/2027), taken as its last day, with a note saying so.
 * Anything else ("TBC", "Q4 2026/27", "Ongoing") is a problem naming what the cell said.
 */
export function readDueDate(cell: Cell): DueDateReading {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { kind: 'problem', problem: 'The date cell holds no date' }
    return { kind: 'date', date: isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()) }
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < FIRST_SERIAL || cell >= LAST_SERIAL + 1) return { kind: 'problem', problem: `“${cellText(cell)}” is not a date` }
    // Excel counts days from 30 December 1899 (its 1900 leap-year mistake falls before 2000).
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000)
    return { kind: 'date', date: isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) }
  }
  const text = cellText(cell)
  if (text === '') return { kind: 'empty' }
  let match = numericDayFirst.exec(text)
  if (match) return dayOf(fullYear(match[3]!), Number(match[2]), Number(match[1]), text, true)
  match = isoText.exec(text)
  if (match) return dayOf(Number(match[1]), Number(match[2]), Number(match[3]), text, false)
  match = dayMonthName.exec(text)
  if (match && months[match[2]!.toLowerCase()]) return dayOf(fullYear(match[3]!), months[match[2]!.toLowerCase()]!, Number(match[1]), text, false)
  match = monthNameYear.exec(text)
  if (match && months[match[1]!.toLowerCase()]) return lastDayOf(fullYear(match[2]!), months[match[1]!.toLowerCase()]!)
  match = numericMonthYear.exec(text)
  if (match && Number(match[1]) >= 1 && Number(match[1]) <= 12) return lastDayOf(Number(match[2]), Number(match[1]))
  return { kind: 'problem', problem: `“${text}” is not a date the import can read: give a day, month and year, like 31/03/2027 or 31 March 2027` }
}

/** Status words as a tracker writes them ("R", "Off track", "Completed"), to the app's BRAG. */
const statusWords: Record<string, Rag> = {}
const say = (rag: Rag, words: string[]) => words.forEach((word) => (statusWords[word] = rag))
say('not-started', ['', 'not started', 'not yet started', 'ns', 'not due', 'not yet due', 'not due yet', 'grey', 'gray', 'white'])
say('green', ['g', 'green', 'on track', 'on target', 'on schedule', 'on plan'])
say('amber', ['a', 'amber', 'at risk', 'some risk', 'slipping', 'minor slippage', 'minor delay'])
say('red', ['r', 'red', 'off track', 'off target', 'not on track', 'behind', 'behind schedule', 'delayed', 'significant slippage', 'significantly off track'])
say('blue', ['b', 'blue', 'complete', 'completed', 'done', 'delivered', 'achieved', 'closed', 'finished', 'complete blue', 'blue complete'])

/** How a status cell is told apart from another: case, punctuation and spacing aside ("On-track" is "on track"). */
export function statusKey(text: string): string {
  return text.toLocaleLowerCase('en-GB').replace(/[^a-z0-9]+/g, ' ').trim()
}

/** The app's status for a tracker's status word, or null when it has no fixed meaning ("In progress", "Amber/Green"). */
export function readStatus(text: string): Rag | null {
  return statusWords[statusKey(text)] ?? null
}
