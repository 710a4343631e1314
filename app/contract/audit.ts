import { z } from 'zod'
import { idSchema, instantSchema, isoDateSchema } from './common'

/** The most entries one page of the audit holds; older ones follow with the page's `nextCursor`. */
export const AUDIT_PAGE_SIZE = 100

/** What an audit entry records, built from the history the app already keeps. */
export const auditKinds = [
  'milestone-added',
  'status-update',
  'milestone-changed',
  'date-proposed',
  'date-agreed',
  'date-refused',
  'completion-signed-off',
  'completion-sent-back',
  'milestone-closed',
  'plan-agreed',
  'spreadsheet-imported',
  'report-status',
  'actual-recorded',
  'actual-corrected',
  'person-changed',
  'action-recorded',
  'action-done',
  'pack-published',
] as const
export const auditKindSchema = z.enum(auditKinds)
export type AuditKind = z.infer<typeof auditKindSchema>

/** What an entry is about: the page its link leads to. */
export const auditSubjectTypes = ['milestone', 'plan', 'report', 'measure', 'person', 'action', 'meeting'] as const
export type AuditSubjectType = (typeof auditSubjectTypes)[number]

const enc = encodeURIComponent

/** The app's page of what an entry is about (the same paths as the UI's pageUrls, which a test holds them to). */
export function auditLink(subject: { type: AuditSubjectType; id: string }): string {
  const section = { milestone: 'milestones', plan: 'plans', report: 'reports', measure: 'measures', person: 'people', action: 'actions', meeting: 'meetings' }[subject.type]
  return `/${section}/${enc(subject.id)}`
}

/** One change: who made it, when, what it was in plain words, and what it was made to. */
export const auditEntrySchema = z.object({
  /** Stable: the same change has the same id on every request. */
  id: z.string(),
  at: instantSchema,
  /** `day` when only the day is kept (a plan's agreement): `at` is then that day's start, in UTC. */
  precision: z.enum(['instant', 'day']),
  /** Null when the council's set-up made it. */
  by: z.object({ id: idSchema, name: z.string() }).nullable(),
  kind: auditKindSchema,
  /** In plain words: "Status changed from On track to At risk". */
  summary: z.string(),
  subject: z.object({ type: z.enum(auditSubjectTypes), id: idSchema, title: z.string() }),
  /** The board whose item it is; null for a change to a person that concerns no single board. */
  boardId: idSchema.nullable(),
  /** The app's page of the subject. */
  link: z.string(),
})
export type AuditEntry = z.infer<typeof auditEntrySchema>

/** The dates of the audit's filters the wrong way round, said beside the later one. */
export const AUDIT_DATES_IN_ORDER = 'The ‘to’ date must be the same as or after the ‘from’ date'

/** GET /api/audit: the filters (dates inclusive, in the council's day) and where the page starts. */
export const auditQuerySchema = z
  .object({
    boardId: idSchema.optional(),
    /** Who made the change. */
    personId: idSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    /** Opaque: the `nextCursor` of the page before. */
    cursor: z.string().max(200).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from > query.to) ctx.addIssue({ code: 'custom', path: ['to'], message: AUDIT_DATES_IN_ORDER })
  })
export type AuditQuery = z.infer<typeof auditQuerySchema>

/** One page of changes, newest first. */
export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Where the next, older page starts; null on the last page. */
  nextCursor: z.string().nullable(),
})
export type AuditPage = z.infer<typeof auditPageSchema>
