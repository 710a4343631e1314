import type { AgendaItem } from '@/contract/meetings'
import { agendaItemKindLabels } from '@/contract/meeting-words'

/** A report due at a meeting, as the agenda needs it. */
export interface ReportDue {
  id: string
  title: string
}

const standing = (kind: 'apologies' | 'minutes' | 'progress' | 'aob'): AgendaItem => ({
  id: `standing-${kind}`,
  kind,
  title: agendaItemKindLabels[kind],
  reportId: null,
  decision: null,
})

/** The agenda item considering a report; its id is the report's, so it is the same item wherever it is derived. */
export function reportItem(report: ReportDue): AgendaItem {
  return { id: `report-${report.id}`, kind: 'report', title: report.title, reportId: report.id, decision: null }
}

/**
 * A meeting's agenda. Until the chair saves one: apologies, the minutes of the last meeting, the
 * plan's progress report, each report due (by title), and any other business. Once saved: as
 * saved, less any report no longer due here that has no decision recorded, with each report newly
 * due added before any other business (or at the end when there is none).
 */
export function agendaOf(saved: readonly AgendaItem[] | undefined, reportsDue: readonly ReportDue[]): { agenda: AgendaItem[]; saved: boolean } {
  const byTitle = [...reportsDue].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
  if (!saved) {
    return { agenda: [standing('apologies'), standing('minutes'), standing('progress'), ...byTitle.map(reportItem), standing('aob')], saved: false }
  }
  const due = new Set(reportsDue.map((report) => report.id))
  const kept = saved.filter((item) => item.kind !== 'report' || !item.reportId || due.has(item.reportId) || item.decision)
  const listed = new Set(kept.flatMap((item) => (item.reportId ? [item.reportId] : [])))
  const added = byTitle.filter((report) => !listed.has(report.id)).map(reportItem)
  const aob = kept.findIndex((item) => item.kind === 'aob')
  const at = aob === -1 ? kept.length : aob
  return { agenda: [...kept.slice(0, at), ...added, ...kept.slice(at)], saved: true }
}
