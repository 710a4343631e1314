import type { AgendaItem, AgendaItemInput, AgendaItemKind } from '@/contract/meetings'

/** An agenda item being edited: `key` tells rows apart while one added here has no id yet. */
export interface AgendaRow {
  key: string
  id?: string
  kind: AgendaItemKind
  title: string
  reportId: string | null
  decision: string | null
}

export function rowsFromAgenda(agenda: AgendaItem[]): AgendaRow[] {
  return agenda.map((item) => ({ key: item.id, id: item.id, kind: item.kind, title: item.title, reportId: item.reportId, decision: item.decision }))
}

/** The agenda as the API takes it: each kept item keeps its id, a new one has none. */
export function agendaInput(rows: AgendaRow[]): AgendaItemInput[] {
  return rows.map((row) => ({ ...(row.id ? { id: row.id } : {}), kind: row.kind, title: row.title, reportId: row.reportId, decision: row.decision }))
}

/** Moves one row up (-1) or down (+1); at either end it stays. */
export function moveRow(rows: AgendaRow[], key: string, by: -1 | 1): AgendaRow[] {
  const from = rows.findIndex((row) => row.key === key)
  const to = from + by
  if (from === -1 || to < 0 || to >= rows.length) return rows
  const next = [...rows]
  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved!)
  return next
}

/** Adds an empty item, before any other business when the agenda ends with it. */
export function addRow(rows: AgendaRow[], key: string): AgendaRow[] {
  const row: AgendaRow = { key, kind: 'item', title: '', reportId: null, decision: null }
  const at = rows.at(-1)?.kind === 'aob' ? rows.length - 1 : rows.length
  return [...rows.slice(0, at), row, ...rows.slice(at)]
}

/** A report's item leaves the agenda only when the report moves to another meeting. */
export const mayRemoveRow = (row: Pick<AgendaRow, 'kind'>): boolean => row.kind !== 'report'

/** The agenda with the decisions recorded against each item's id (empty means none). */
export function withDecisions(agenda: AgendaItem[], decisions: Record<string, string>): AgendaItemInput[] {
  return agenda.map((item) => ({ id: item.id, kind: item.kind, title: item.title, reportId: item.reportId, decision: (decisions[item.id] ?? item.decision ?? '').trim() || null }))
}
