import type { FieldError } from '@/contract/problem'
import { cellText, type Cell } from './cells'

/** What the import reads from a spreadsheet, one column each. */
export const importFields = ['theme', 'title', 'owner', 'dueDate', 'status', 'commentary', 'recoveryAction', 'evidence'] as const
export type ImportField = (typeof importFields)[number]

export const fieldLabels: Record<ImportField, string> = {
  theme: 'Theme',
  title: 'Action',
  owner: 'Owner',
  dueDate: 'Due date',
  status: 'Status (RAG)',
  commentary: 'Commentary',
  recoveryAction: 'Recovery action',
  evidence: 'Evidence of completion',
}

export const fieldHints: Record<ImportField, string> = {
  theme: 'The priority or area each action belongs to. A blank cell takes the theme of the row above, as merged cells do.',
  title: 'What will be done: each row with an action becomes a milestone.',
  owner: 'The officer who leads it, by name or email address.',
  dueDate: 'Read day first: 31/03/2027, 31 March 2027, or a date cell.',
  status: 'Red, Amber, Green, Blue or Complete, or words such as “On track”.',
  commentary: 'The latest update. Kept in each milestone’s history.',
  recoveryAction: 'For actions at risk or off track: what will bring them back.',
  evidence: 'For completed actions: what shows they are done.',
}

/** A column for each field, by its position in the row (0 is column A); null when the sheet has none. */
export type ColumnMapping = Record<ImportField, number | null>

export const noColumns = (): ColumnMapping => ({ theme: null, title: null, owner: null, dueDate: null, status: null, commentary: null, recoveryAction: null, evidence: null })

/** Headings a council's RAG tracker uses for each field, most telling first. */
const headings: Record<ImportField, string[]> = {
  theme: ['theme', 'priority', 'priority area', 'area', 'area for improvement', 'improvement area', 'workstream', 'work stream', 'strand', 'objective', 'outcome', 'key priority'],
  title: ['action', 'actions', 'milestone', 'milestones', 'task', 'deliverable', 'activity', 'key action', 'action required', 'improvement action', 'what we will do', 'what will we do'],
  owner: ['owner', 'lead', 'lead officer', 'responsible officer', 'responsible', 'accountable officer', 'action owner', 'officer', 'responsibility', 'who', 'lead responsible officer', 'named lead'],
  dueDate: ['due', 'due date', 'date due', 'target date', 'deadline', 'by when', 'completion date', 'target completion date', 'target', 'timescale', 'timescales', 'end date', 'due by'],
  status: ['rag', 'rag status', 'rag rating', 'brag', 'brag status', 'brag rating', 'status', 'current status', 'rating', 'progress rating'],
  commentary: ['update', 'commentary', 'progress', 'progress update', 'latest update', 'comments', 'comment', 'notes', 'narrative', 'position statement', 'progress to date', 'update on progress'],
  recoveryAction: ['recovery action', 'recovery actions', 'recovery plan', 'mitigation', 'mitigating action', 'corrective action', 'remedial action', 'next steps', 'action to get back on track'],
  evidence: ['evidence', 'evidence of completion', 'evidence of impact', 'evidence of progress'],
}

const headingKey = (cell: Cell) =>
  cellText(cell)
    .toLocaleLowerCase('en-GB')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** How well a heading names a field: 3 and more for the heading itself, 2 for its leading words, 1 for words within it; 0 not at all. */
function score(heading: string, field: ImportField): number {
  let best = 0
  const padded = ` ${heading} `
  headings[field].forEach((word, rank) => {
    // The heading itself: the list's earlier words are the more telling. Within a heading: the longer word.
    if (heading === word) best = Math.max(best, 3 + (50 - rank) / 100)
    else if (padded.startsWith(` ${word} `)) best = Math.max(best, 2 + word.length / 1000)
    else if (padded.includes(` ${word} `)) best = Math.max(best, 1 + word.length / 1000)
  })
  return best
}

/**
 * The column each field most likely is, from the headings: the best heading for a field wins, no
 * column serves two fields, and a field no heading names has none.
 */
export function guessColumns(header: readonly Cell[]): ColumnMapping {
  const pairs: Array<{ field: ImportField; column: number; score: number }> = []
  header.forEach((cell, column) => {
    const heading = headingKey(cell)
    if (heading === '') return
    for (const field of importFields) {
      const found = score(heading, field)
      if (found > 0) pairs.push({ field, column, score: found })
    }
  })
  pairs.sort((a, b) => b.score - a.score || a.column - b.column)
  const mapping = noColumns()
  const taken = new Set<number>()
  for (const pair of pairs) {
    if (mapping[pair.field] !== null || taken.has(pair.column)) continue
    mapping[pair.field] = pair.column
    taken.add(pair.column)
  }
  return mapping
}

/** How many fields a row's cells name as headings. */
const fieldsNamed = (row: readonly Cell[]) => importFields.filter((field) => row.some((cell) => score(headingKey(cell), field) >= 2)).length

/**
 * The row holding the headings: among the first 30, the one naming the most fields (at least two;
 * title rows and blank rows above it name none). With none such, the first row that is not blank.
 */
export function findHeaderRow(rows: readonly (readonly Cell[])[]): number {
  let best = -1
  let bestCount = 1
  rows.slice(0, 30).forEach((row, index) => {
    const count = fieldsNamed(row)
    if (count > bestCount) {
      best = index
      bestCount = count
    }
  })
  if (best >= 0) return best
  const firstFilled = rows.findIndex((row) => row.some((cell) => cellText(cell) !== ''))
  return Math.max(0, firstFilled)
}

/** "A", "B", … "Z", "AA": a column's letters, as the spreadsheet shows them. */
export function columnLetters(column: number): string {
  let letters = ''
  let rest = column + 1
  while (rest > 0) {
    const remainder = (rest - 1) % 26
    letters = String.fromCharCode(65 + remainder) + letters
    rest = Math.floor((rest - 1) / 26)
  }
  return letters
}

/** "Column C: Lead officer": how the page names a column in its choices. */
export function columnName(header: readonly Cell[], column: number): string {
  const heading = cellText(header[column])
  return heading ? `Column ${columnLetters(column)}: ${heading}` : `Column ${columnLetters(column)}`
}

/** The id of a field's column question on the page: `column-dueDate`. */
export const columnAnchor = (field: ImportField) => `column-${field}`

/**
 * What stops the mapping: an action, owner and due date column are needed, and a theme column
 * unless every row is to go under one theme; no column may serve two fields.
 */
export function mappingProblems(columns: ColumnMapping, header: readonly Cell[], oneTheme: boolean): FieldError[] {
  const problems: FieldError[] = []
  const needed: ImportField[] = oneTheme ? ['title', 'owner', 'dueDate'] : ['theme', 'title', 'owner', 'dueDate']
  for (const field of importFields) {
    if (columns[field] === null) {
      if (needed.includes(field)) {
        const also = field === 'theme' ? ', or choose one theme of the plan for rows without one' : ''
        problems.push({ path: columnAnchor(field), message: `Choose the column holding the ${fieldLabels[field].toLowerCase()}${also}` })
      }
      continue
    }
    const first = importFields.find((other) => columns[other] === columns[field])
    if (first !== field) problems.push({ path: columnAnchor(field), message: `${columnName(header, columns[field])} is already chosen for ${fieldLabels[first!].toLowerCase()}: choose another column` })
  }
  return problems
}
