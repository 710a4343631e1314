import { format, parseISO } from 'date-fns'
import { todayIso } from './today'

/**
 * Rules of bringing a spreadsheet into a plan that the import page and the API share.
 */

/** What two spellings of a name or title have in common when they mean the same: case, spacing and compatibility forms aside. */
export function matchKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB')
}

/** "This file was imported into this plan on 23 November 2026 by Dame Alison Hartley.": what a repeated import is told. */
export function repeatImportMessage(previous: { importedAt: string; fileName: string }, importerName: string): string {
  const day = format(parseISO(todayIso(new Date(previous.importedAt))), 'd MMMM yyyy')
  return `This file was imported into this plan on ${day} by ${importerName}, as “${previous.fileName}”. Importing it again adds its milestones a second time.`
}
