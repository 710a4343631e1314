import { z } from 'zod'
import { auditQuerySchema, type AuditQuery } from '@/contract/audit'
import type { FieldError } from '@/contract/problem'
import { isoFromParts, type DateParts } from '@/components/date-input'

/** The filters' fields, in the order the form shows them (and its errors are listed). */
const fieldOrder = ['boardId', 'personId', 'from', 'to'] as const
type DateField = 'from' | 'to'

const notARealDate: Record<DateField, string> = {
  from: 'The ‘from’ date must be a real date',
  to: 'The ‘to’ date must be a real date',
}

/** What the filters hold, and what is wrong with them: no page is asked for while anything is. */
export interface AuditFilters {
  query: AuditQuery
  errors: FieldError[]
}

/** Checks filters with the API's own schema, a date that is not a real one said in the form's words; a board must be one offered. */
function checked(values: Record<(typeof fieldOrder)[number] | 'cursor', string | undefined>, unreal: DateField[], boardIds: readonly string[]): AuditFilters {
  const query: AuditQuery = Object.fromEntries(Object.entries(values).filter(([, value]) => value)) as AuditQuery
  const errors: FieldError[] = unreal.map((field) => ({ path: field, message: notARealDate[field] }))
  const result = auditQuerySchema.safeParse(Object.fromEntries(Object.entries(query).filter(([field]) => !unreal.includes(field as DateField))))
  for (const issue of result.error?.issues ?? []) {
    const path = issue.path.join('.')
    if (!errors.some((error) => error.path === path)) errors.push({ path, message: issue.message })
  }
  if (query.boardId && !boardIds.includes(query.boardId) && !errors.some((error) => error.path === 'boardId')) {
    errors.push({ path: 'boardId', message: 'Select one of the boards listed' })
  }
  const position = (path: string) => fieldOrder.indexOf(path as (typeof fieldOrder)[number])
  return { query, errors: errors.sort((a, b) => position(a.path) - position(b.path)) }
}

/** The filters as the URL holds them (so a view can be shared), for the boards the person may see. */
export function auditFiltersFromSearch(search: URLSearchParams, boardIds: readonly string[]): AuditFilters {
  const value = (name: string) => search.get(name)?.trim() || undefined
  const values = { boardId: value('boardId'), personId: value('personId'), from: value('from'), to: value('to'), cursor: value('cursor') }
  const unreal = (['from', 'to'] as const).filter((field) => values[field] !== undefined && !z.iso.date().safeParse(values[field]).success)
  return checked(values, unreal, boardIds)
}

/** What the filter form holds: the chosen board and person, and the two dates as day, month and year. */
export interface AuditFilterForm {
  boardId: string
  personId: string
  from: DateParts
  to: DateParts
}

/** The filter form, checked as the API would check it, for a new first page. */
export function auditFiltersFromForm(form: AuditFilterForm, boardIds: readonly string[]): AuditFilters {
  const from = isoFromParts(form.from)
  const to = isoFromParts(form.to)
  const unreal = [from === null ? ('from' as const) : null, to === null ? ('to' as const) : null].filter((field): field is DateField => field !== null)
  return checked({ boardId: form.boardId || undefined, personId: form.personId || undefined, from: from ?? undefined, to: to ?? undefined, cursor: undefined }, unreal, boardIds)
}
