import type { PlanImportResult } from '@/contract/imports'
import { formatDate } from '@/lib/dates'
import { byCount, countOf } from '@/lib/plural'

const count = countOf
const list = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? ''))

/** What an import did, in a few sentences for the plan's banner. */
export function importedInWords(result: PlanImportResult, fileName: string, leftOut: number): string {
  const sentences = [
    `${count(result.milestonesCreated, 'milestone', 'milestones')} imported from “${fileName}”, due between ${formatDate(result.firstDueDate)} and ${formatDate(result.lastDueDate)}.`,
  ]
  if (result.themesCreated.length > 0) sentences.push(`New ${byCount(result.themesCreated.length, 'theme', 'themes')}: ${list(result.themesCreated.map((theme) => theme.title))}.`)
  if (result.peopleCreated.length > 0) sentences.push(`Added ${list(result.peopleCreated.map((person) => person.name))} as ${byCount(result.peopleCreated.length, 'a director or head of service', 'directors or heads of service')}.`)
  const officers = result.officersAdded.map((person) => person.name)
  if (officers.length > 0) sentences.push(`${list(officers)} ${byCount(officers.length, 'is now an officer', 'are now officers')} of the board.`)
  if (leftOut > 0) sentences.push(`${count(leftOut, 'row', 'rows')} with problems ${byCount(leftOut, 'was', 'were')} left out.`)
  return sentences.join(' ')
}
