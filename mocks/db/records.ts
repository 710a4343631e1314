import { recordsFrom, type Records } from '@/domain/record-rules'
import { db } from './database'

type Wanted = Partial<Record<'people' | 'boards' | 'meetings' | 'plans' | 'inspections' | 'milestones', Array<string | null | undefined>>>

/** The records a rule of app/domain/record-rules.ts will look at, read in one go (inside the caller's transaction). */
export async function loadRecords(wanted: Wanted): Promise<Records> {
  const read = async <T extends { id: string }>(table: { bulkGet(keys: string[]): Promise<Array<T | undefined>> }, ids: Wanted[keyof Wanted]) => {
    const keys = [...new Set((ids ?? []).filter((id): id is string => typeof id === 'string' && id !== ''))]
    const found = keys.length > 0 ? await table.bulkGet(keys) : []
    return found.filter((record): record is T => record !== undefined)
  }
  const [people, boards, meetings, plans, inspections, milestones] = await Promise.all([
    read(db.people, wanted.people),
    read(db.boards, wanted.boards),
    read(db.meetings, wanted.meetings),
    read(db.plans, wanted.plans),
    read(db.inspections, wanted.inspections),
    read(db.milestones, wanted.milestones),
  ])
  return recordsFrom({ people, boards, meetings, plans, inspections, milestones })
}
