import type { CreatePlanImportInput, ImportNewPerson, ImportRow } from '@/contract/imports'
import { importNewPersonSchema, importRowSchema, MAX_IMPORT_ROWS } from '@/contract/imports'
import type { Person } from '@/contract/people'
import type { FieldError } from '@/contract/problem'
import { needsRecoveryAction, ragLabels, type Rag } from '@/contract/rag-status'
import { mayOwnMilestones } from '@/domain/permissions'
import { matchKey } from '@/domain/plan-import'
import { cellParagraphs, cellText, readDueDate, readStatus, statusKey, type Cell, type DueDateReading } from './cells'
import { importFields, type ColumnMapping, type ImportField } from './columns'

/**
 * From a sheet's rows and the person's choices to the rows the import proposes, each with its
 * problems (which stop it) and notes (which do not) in words, and from those to the API request.
 * Pure: the import page runs it on every change of a choice.
 */

/** A row of the sheet below its headings, read through the chosen columns. */
export interface SheetRow {
  /** Its number in the spreadsheet, as the spreadsheet shows it (1 is the first row). */
  sheetRow: number
  /** A milestone; a row naming only a theme (a heading for the rows below); nothing in the chosen columns; the headings again. */
  kind: 'milestone' | 'theme-heading' | 'blank' | 'headings'
  theme: string
  /** Its theme cell was blank and it took the theme of the rows above (a merged cell, or a heading row). */
  themeFromAbove: boolean
  title: string
  owner: string
  due: DueDateReading
  dueText: string
  status: string
  commentary: string
  recoveryAction: string
  evidence: string
}

const cellOf = (row: readonly Cell[], column: number | null): Cell => (column === null ? null : row[column])

/**
 * The rows below the heading row, read through the mapping. A blank theme cell takes the theme of
 * the row above (merged cells read as one value and blanks); the first rows take `defaultTheme`.
 */
export function readSheetRows(rows: readonly (readonly Cell[])[], headerRow: number, columns: ColumnMapping, defaultTheme = ''): SheetRow[] {
  const header = rows[headerRow] ?? []
  const headingOf = (field: ImportField) => cellText(cellOf(header, columns[field])).toLocaleLowerCase('en-GB')
  let themeAbove = defaultTheme.trim()
  const read: SheetRow[] = []
  rows.slice(headerRow + 1).forEach((row, offset) => {
    const text = (field: ImportField) => cellText(cellOf(row, columns[field]))
    const ownTheme = text('theme')
    const sheetRow: SheetRow = {
      sheetRow: headerRow + offset + 2,
      kind: 'milestone',
      theme: ownTheme || themeAbove,
      themeFromAbove: ownTheme === '' && themeAbove !== '',
      title: text('title'),
      owner: text('owner'),
      due: readDueDate(cellOf(row, columns.dueDate)),
      dueText: text('dueDate'),
      status: text('status'),
      commentary: cellParagraphs(cellOf(row, columns.commentary)),
      recoveryAction: cellParagraphs(cellOf(row, columns.recoveryAction)),
      evidence: cellParagraphs(cellOf(row, columns.evidence)),
    }
    const mapped = importFields.filter((field) => columns[field] !== null)
    const filled = mapped.filter((field) => text(field) !== '')
    if (filled.length === 0) sheetRow.kind = 'blank'
    else if (mapped.every((field) => text(field).toLocaleLowerCase('en-GB') === headingOf(field))) sheetRow.kind = 'headings'
    else if (filled.length === 1 && filled[0] === 'theme') sheetRow.kind = 'theme-heading'
    if (ownTheme !== '' && sheetRow.kind !== 'headings') themeAbove = ownTheme
    read.push(sheetRow)
  })
  return read
}

/** The people who may own a milestone: active directors and heads of service. */
export const possibleOwners = (people: readonly Person[]) => people.filter((person) => person.active && mayOwnMilestones(person))

/** One owner as the spreadsheet names them, once however many rows they own. */
export interface OwnerEntry {
  key: string
  text: string
  sheetRows: number[]
  /** The one active director or head of service of that name or email address, if there is exactly one. */
  match: Person | null
  /** Two or more such people answer to the name: the person chooses. */
  namesakes: Person[]
}

export function ownersIn(rows: readonly SheetRow[], people: readonly Person[]): OwnerEntry[] {
  const owners = possibleOwners(people)
  const entries = new Map<string, OwnerEntry>()
  for (const row of rows) {
    if (row.kind !== 'milestone' || row.owner === '') continue
    const key = matchKey(row.owner)
    let entry = entries.get(key)
    if (!entry) {
      const answering = owners.filter((person) => matchKey(person.name) === key || (person.email !== null && person.email.toLowerCase() === key))
      entry = { key, text: row.owner, sheetRows: [], match: answering.length === 1 ? answering[0]! : null, namesakes: answering.length > 1 ? answering : [] }
      entries.set(key, entry)
    }
    entry.sheetRows.push(row.sheetRow)
  }
  return [...entries.values()]
}

/** One status word of the spreadsheet, with the app's status it stands for unless the person says otherwise. */
export interface StatusEntry {
  key: string
  text: string
  count: number
  guess: Rag | null
}

export function statusesIn(rows: readonly SheetRow[]): StatusEntry[] {
  const entries = new Map<string, StatusEntry>()
  for (const row of rows) {
    if (row.kind !== 'milestone' || row.status === '') continue
    const key = statusKey(row.status)
    const entry = entries.get(key) ?? { key, text: row.status, count: 0, guess: readStatus(row.status) }
    entry.count += 1
    entries.set(key, entry)
  }
  return [...entries.values()]
}

/** The person's answer for an owner the app could not match, as the page's draft keeps it. */
export interface OwnerChoice {
  kind: '' | 'existing' | 'new'
  personId: string
  name: string
  jobTitle: string
  email: string
}

export type OwnerResolution = { ownerId: string } | { newOwnerKey: string }

/** Who each owner is: the person chosen, a new person, the single match, or nobody yet. */
export function resolveOwners(entries: readonly OwnerEntry[], choices: Readonly<Record<string, OwnerChoice>>, people: readonly Person[]): Map<string, OwnerResolution | null> {
  const owners = new Set(possibleOwners(people).map((person) => person.id))
  return new Map<string, OwnerResolution | null>(
    entries.map((entry): [string, OwnerResolution | null] => {
      const choice = choices[entry.key]
      if (choice?.kind === 'existing' && owners.has(choice.personId)) return [entry.key, { ownerId: choice.personId }]
      if (choice?.kind === 'new') return [entry.key, { newOwnerKey: entry.key }]
      return [entry.key, entry.match ? { ownerId: entry.match.id } : null]
    }),
  )
}

/** Why a row cannot be imported yet; `awaits` when the answer is a question above the preview (who an owner is, what a status means). */
export interface RowProblem {
  field: ImportField
  message: string
  awaits?: 'owner' | 'status'
}

/** A row of the preview: what it will become, and why it cannot yet. */
export interface ProposedRow extends SheetRow {
  rag: Rag | null
  problems: RowProblem[]
  notes: string[]
  /** What the request carries for it; null while it has problems (or it is no milestone). */
  request: ImportRow | null
}

export interface CheckContext {
  owners: ReadonlyMap<string, OwnerResolution | null>
  /** The status each status word stands for (the guess, or the person's choice). */
  statuses: Readonly<Record<string, Rag | null>>
  /** The plan's milestones as they are, to notice one brought in twice. */
  existing: ReadonlyArray<{ title: string; themeTitle: string }>
}

const fieldOfPath: Record<string, ImportField> = { theme: 'theme', title: 'title', ownerId: 'owner', newOwnerKey: 'owner', dueDate: 'dueDate', rag: 'status', commentary: 'commentary', recoveryAction: 'recoveryAction', evidence: 'evidence' }

/** Every row's problems and notes, checked with the contract's own row schema after the page's own readings. */
export function checkRows(rows: readonly SheetRow[], context: CheckContext): ProposedRow[] {
  const existing = new Set(context.existing.map((milestone) => `${matchKey(milestone.themeTitle)}\u0000${matchKey(milestone.title)}`))
  const seen = new Map<string, number>()
  return rows.map((row) => {
    if (row.kind !== 'milestone') return { ...row, rag: null, problems: [], notes: [], request: null }
    const problems = new Map<ImportField, RowProblem>()
    const add = (field: ImportField, message: string, awaits?: RowProblem['awaits']) => problems.set(field, { field, message, ...(awaits ? { awaits } : {}) })
    const notes: string[] = []
    if (row.title === '') add('title', 'No action: the action cell is empty')
    if (row.theme === '') add('theme', 'No theme: its theme cell is empty, and so are those above it')
    const owner = row.owner === '' ? null : (context.owners.get(matchKey(row.owner)) ?? null)
    if (row.owner === '') add('owner', 'No owner: the owner cell is empty')
    else if (!owner) add('owner', `Choose who “${row.owner}” is, under Owners`, 'owner')
    if (row.due.kind === 'empty') add('dueDate', 'No due date: the due date cell is empty')
    else if (row.due.kind === 'problem') add('dueDate', row.due.problem)
    else if (row.due.note) notes.push(row.due.note)
    const rag = row.status === '' ? 'not-started' : (context.statuses[statusKey(row.status)] ?? null)
    if (!rag) add('status', `Choose what the status “${row.status}” means, under Statuses`, 'status')

    const candidate = {
      sheetRow: row.sheetRow,
      theme: row.theme,
      title: row.title,
      ...(owner ?? {}),
      dueDate: row.due.kind === 'date' ? row.due.date : '',
      rag: rag ?? '',
      commentary: row.commentary,
      recoveryAction: row.recoveryAction,
      evidence: row.evidence,
    }
    const parsed = importRowSchema.safeParse(candidate)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath[String(issue.path[0])]
        // The page's own reading of a field says more than the schema's about the same field.
        if (field && !problems.has(field)) add(field, issue.message)
      }
    }
    if (rag && needsRecoveryAction(rag) && row.recoveryAction === '') notes.push(`${ragLabels[rag]} with no recovery action: its history will say the spreadsheet gave none`)
    if (rag === 'blue') notes.push(row.evidence === '' ? 'Complete, with no evidence given: it will await the board chair’s sign-off' : 'Complete: it will await the board chair’s sign-off')
    const twin = `${matchKey(row.theme)}\u0000${matchKey(row.title)}`
    if (row.title !== '' && existing.has(twin)) notes.push('The plan already has a milestone with this action in this theme')
    const earlier = seen.get(twin)
    if (row.title !== '' && earlier !== undefined) notes.push(`Same action and theme as row ${earlier}`)
    else seen.set(twin, row.sheetRow)

    const found = importFields.flatMap((field) => problems.get(field) ?? [])
    return { ...row, rag, problems: found, notes, request: found.length === 0 && parsed.success ? parsed.data : null }
  })
}

/** The preview in numbers. */
export function tally(rows: readonly ProposedRow[]) {
  const milestones = rows.filter((row) => row.kind === 'milestone')
  return {
    ready: milestones.filter((row) => row.request !== null).length,
    withProblems: milestones.filter((row) => row.request === null).length,
    blank: rows.filter((row) => row.kind === 'blank').length,
    themeHeadings: rows.filter((row) => row.kind === 'theme-heading').length,
    headings: rows.filter((row) => row.kind === 'headings').length,
  }
}

/** The id of a preview row, for links to it: `sheet-row-12`. */
export const rowAnchor = (sheetRow: number) => `sheet-row-${sheetRow}`
/** The id of a status word's question: `status-2`. */
export const statusAnchor = (index: number) => `status-${index}`
/** The id of an owner's question: `owner-3`, `owner-3-job-title`. */
export const ownerAnchor = (index: number, field?: 'name' | 'job-title' | 'email' | 'person') => (field ? `owner-${index}-${field}` : `owner-${index}`)

export interface RequestParts {
  fileName: string
  fileHash: string
  rows: readonly ProposedRow[]
  owners: readonly OwnerEntry[]
  choices: Readonly<Record<string, OwnerChoice>>
  /** The status words, to ask once about each one a row waits for. */
  statuses: readonly StatusEntry[]
  /** Import the rows that are ready and leave out those with problems. */
  leaveOut: boolean
  confirmRepeat: boolean
}

const newPersonField: Record<string, 'name' | 'job-title' | 'email'> = { name: 'name', jobTitle: 'job-title', email: 'email' }

/**
 * The request body, and the problems that stop it, each with the id of the place on the page
 * that answers it: a row of the preview or an owner's question.
 */
export function buildImportRequest(parts: RequestParts): { input: CreatePlanImportInput; problems: FieldError[] } {
  const problems: FieldError[] = []
  const milestones = parts.rows.filter((row) => row.kind === 'milestone')
  const ready = milestones.filter((row) => row.request !== null)
  if (!parts.leaveOut) {
    // A question above the preview is asked once, not on every row that waits for its answer.
    const awaiting = (kind: 'owner' | 'status', key: (row: ProposedRow) => string) =>
      new Set(milestones.filter((row) => row.problems.some((problem) => problem.awaits === kind)).map(key))
    const owners = awaiting('owner', (row) => matchKey(row.owner))
    const statuses = awaiting('status', (row) => statusKey(row.status))
    parts.owners.forEach((entry, index) => {
      if (owners.has(entry.key)) problems.push({ path: ownerAnchor(index), message: `Choose who “${entry.text}” is: someone already here, or a new person` })
    })
    parts.statuses.forEach((entry, index) => {
      if (statuses.has(entry.key)) problems.push({ path: statusAnchor(index), message: `Choose what the status “${entry.text}” means` })
    })
    for (const row of milestones) {
      const own = row.problems.filter((problem) => !problem.awaits)
      if (own.length > 0) problems.push({ path: rowAnchor(row.sheetRow), message: `Row ${row.sheetRow}: ${own.map((problem) => problem.message).join('. ')}` })
    }
  }
  if (milestones.length === 0) problems.push({ path: '', message: 'No row below the headings has an action: check the row of headings and the columns chosen' })
  else if (ready.length === 0 && parts.leaveOut) problems.push({ path: '', message: 'No row is ready to import: every row has a problem' })
  if (ready.length > MAX_IMPORT_ROWS) problems.push({ path: '', message: `The file has ${ready.length} milestones: import at most ${MAX_IMPORT_ROWS} at once, in two or more files` })

  const rows = ready.map((row) => row.request!)
  const used = new Set(rows.flatMap((row) => (row.newOwnerKey ? [row.newOwnerKey] : [])))
  const newPeople: ImportNewPerson[] = []
  parts.owners.forEach((entry, index) => {
    const choice = parts.choices[entry.key]
    if (choice?.kind !== 'new' || !used.has(entry.key)) return
    const person = { key: entry.key, name: choice.name, jobTitle: choice.jobTitle, email: choice.email.trim() === '' ? null : choice.email }
    const parsed = importNewPersonSchema.safeParse(person)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = newPersonField[String(issue.path[0])]
        if (field) problems.push({ path: ownerAnchor(index, field), message: `${entry.text}: ${issue.message}` })
      }
    }
    newPeople.push(person)
  })
  return { input: { fileName: parts.fileName, fileHash: parts.fileHash, rows, newPeople, confirmRepeat: parts.confirmRepeat }, problems }
}

/**
 * A problem the API found, placed on the page: `rows.3.ownerId` is the fourth row sent, so a row of
 * the preview; `newPeople.0.email` the first new person, so an owner's question.
 */
export function placeApiError(error: FieldError, input: CreatePlanImportInput, owners: readonly OwnerEntry[]): FieldError {
  const [list, position, field] = error.path.split('.')
  const index = Number(position)
  if (list === 'rows' && input.rows[index]) {
    const sheetRow = input.rows[index].sheetRow
    return { path: rowAnchor(sheetRow), message: `Row ${sheetRow}: ${error.message}` }
  }
  if (list === 'newPeople' && input.newPeople?.[index]) {
    const key = input.newPeople[index].key
    const ownerIndex = owners.findIndex((entry) => entry.key === key)
    if (ownerIndex >= 0) return { path: ownerAnchor(ownerIndex, newPersonField[field ?? ''] ?? 'name'), message: `${owners[ownerIndex]!.text}: ${error.message}` }
  }
  return error
}
