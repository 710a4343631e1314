import { recordsFrom, type Records } from '@/domain/record-rules'
import type { TableAccess, Tx } from './store'

type Wanted = Partial<Record<'people' | 'boards' | 'meetings' | 'plans' | 'inspections' | 'milestones', Array<string | null | undefined>>>

/** The records a rule of app/domain/record-rules.ts will look at, read in one go (inside the caller's transaction). */
export async function loadRecords(tx: Tx, wanted: Wanted): Promise<Records> {
  const read = async <T extends keyof Wanted>(table: TableAccess<T>, ids: Wanted[keyof Wanted]) => {
    const keys = [...new Set((ids ?? []).filter((id): id is string => typeof id === 'string' && id !== ''))]
    const found = keys.length > 0 ? await table.getMany(keys) : []
    return found.filter((record) => record !== undefined)
  }
  const [people, boards, meetings, plans, inspections, milestones] = await Promise.all([
    read(tx.people, wanted.people),
    read(tx.boards, wanted.boards),
    read(tx.meetings, wanted.meetings),
    read(tx.plans, wanted.plans),
    read(tx.inspections, wanted.inspections),
    read(tx.milestones, wanted.milestones),
  ])
  return recordsFrom({ people, boards, meetings, plans, inspections, milestones })
}
