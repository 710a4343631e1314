import type { Transaction } from 'dexie'

export interface Migration {
  version: number
  /** Dexie store declarations: the tables and indexes as of this version. */
  stores: Record<string, string | null>
  /** Rewrites data written by the version before; runs once, in the upgrade transaction. */
  upgrade?: (transaction: Transaction) => Promise<void>
}

/**
 * Every schema version the app has shipped, oldest first. A shipped entry is never edited:
 * a change is a new entry with the next version and, if data must move, an upgrade.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    stores: {
      people: 'id',
      inspections: 'id',
      boards: 'id',
      meetings: 'id, boardId, date',
      plans: 'id, boardId',
      milestones: 'id, planId, ownerId, dueDate',
      milestoneUpdates: 'id, milestoneId, at',
      reports: 'id, requestedByBoardId, dueMeetingId, authorId, status',
      meta: 'key',
    },
  },
  {
    // People gain isAdmin. Chairs could restore and reset before; they keep that power as administrators.
    version: 2,
    stores: {},
    upgrade: async (transaction) => {
      await transaction
        .table('people')
        .toCollection()
        .modify((person: { role: string; isAdmin?: boolean }) => {
          person.isAdmin ??= person.role === 'chair'
        })
    },
  },
]

export const LATEST_SCHEMA_VERSION = migrations.at(-1)!.version
