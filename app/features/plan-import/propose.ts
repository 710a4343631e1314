import type { Milestone } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Plan } from '@/contract/plans'
import type { Rag } from '@/contract/rag'
import { matchKey } from '@/domain/plan-import'
import type { Cell } from './cells'
import { importFields, mappingProblems, type ColumnMapping, type ImportField } from './columns'
import { checkRows, ownersIn, readSheetRows, resolveOwners, statusesIn, type OwnerChoice } from './proposal'
import type { Workbook } from './read-file'

/** What the import page keeps of the person's choices (in a draft, per file): everything but the file itself. */
export interface ImportDraft {
  sheet: string
  /** The row of headings, counted from 0. */
  headerRow: number
  /** Each field's column, counted from 0, as text; '' for none. */
  columns: Record<ImportField, string>
  /** The title of one of the plan's themes, for rows with no theme of their own or above; '' for none. */
  defaultTheme: string
  statuses: Record<string, Rag | ''>
  owners: Record<string, OwnerChoice>
  leaveOut: boolean
}

export interface ProposalContext {
  workbook: Workbook
  plan: Plan
  people: readonly Person[]
  milestones: readonly Milestone[]
}

export function mappingOf(columns: Record<ImportField, string>): ColumnMapping {
  return Object.fromEntries(importFields.map((field) => [field, columns[field] === '' || columns[field] === undefined ? null : Number(columns[field])])) as ColumnMapping
}

/** The whole preview for a draft: the mapping's problems, every row checked, the questions to ask, the themes it adds. */
export function propose(draft: ImportDraft, { workbook, plan, people, milestones }: ProposalContext) {
  const sheetRows: Cell[][] = (workbook.sheets.find((sheet) => sheet.name === draft.sheet) ?? workbook.sheets[0])?.rows ?? []
  const header = sheetRows[draft.headerRow] ?? []
  const columns = mappingOf(draft.columns)
  const mapping = mappingProblems(columns, header, draft.defaultTheme !== '')
  const read = mapping.length > 0 ? [] : readSheetRows(sheetRows, draft.headerRow, columns, draft.defaultTheme)
  const owners = ownersIn(read, people)
  const statuses = statusesIn(read)
  const statusChoices = Object.fromEntries(statuses.map((entry) => [entry.key, draft.statuses[entry.key] || entry.guess]))
  const themeTitle = new Map(plan.themes.map((theme) => [theme.id, theme.title]))
  const rows = checkRows(read, {
    owners: resolveOwners(owners, draft.owners, people),
    statuses: statusChoices,
    existing: milestones.map((milestone) => ({ title: milestone.title, themeTitle: themeTitle.get(milestone.themeId) ?? '' })),
  })
  const known = new Set(plan.themes.map((theme) => matchKey(theme.title)))
  const newThemes = new Map<string, string>()
  for (const row of rows) {
    const imported = row.kind === 'milestone' && (row.request !== null || !draft.leaveOut)
    if (imported && row.theme !== '' && !known.has(matchKey(row.theme)) && !newThemes.has(matchKey(row.theme))) newThemes.set(matchKey(row.theme), row.theme)
  }
  return { sheetRows, header, mapping, rows, owners, statuses, newThemes: [...newThemes.values()], request: { rows, owners, statuses, choices: draft.owners } }
}
