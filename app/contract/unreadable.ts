/**
 * A list answer leaves out a stored record this version of the app cannot read, and names it in
 * this header, so that a single bad record never takes a whole page down and the page can say
 * what it left out. No zod here: the page reads the header (app/lib/api-client.ts).
 */
export const UNREADABLE_HEADER = 'X-Unreadable-Records'

/** At most this many are named in one answer; the header stays well under any proxy's limit. */
export const MAX_NAMED_UNREADABLE = 50

export interface UnreadableRecord {
  /** The record's id, where it has one the API could read. */
  id: string | null
  /** The first thing wrong with it: where in the record, and what. */
  problem: string
}

/** The header's value: the records as JSON, percent-encoded so that any text is a valid header. */
export function unreadableHeader(records: readonly UnreadableRecord[]): string {
  return encodeURIComponent(JSON.stringify(records.slice(0, MAX_NAMED_UNREADABLE)))
}

/** The records a header names; nothing for a value that is not one this module wrote. */
export function readUnreadableHeader(value: string): UnreadableRecord[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(decodeURIComponent(value))
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  return parsed.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return []
    const { id, problem } = entry as Record<string, unknown>
    if (typeof problem !== 'string' || (id !== null && typeof id !== 'string')) return []
    return [{ id, problem }]
  })
}
