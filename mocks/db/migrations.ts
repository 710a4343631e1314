import type { Transaction } from 'dexie'
import { datasetTables } from '@/contract/stored'
import { upgradeData, type LooseDataset } from '@/domain/data-upgrades'

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
  {
    // The council, people's email and active, board officers, agreed plans with baselines, date
    // changes, sign-off, measures and imports: the same upgrade a restored version 2 backup gets.
    version: 3,
    stores: {
      council: 'id',
      dateChanges: 'id, milestoneId, planId, status',
      measures: 'id, planId',
      measureActuals: 'id, measureId, [measureId+month]',
      planImports: 'id, planId, fileHash',
    },
    upgrade: (transaction) => upgradeTables(transaction, 2),
  },
  {
    // Changes to people's roles, flags and board seats, from now on: a new table, empty until the next change.
    version: 4,
    stores: {
      personChanges: 'id, personId, at',
    },
  },
  {
    // Actions agreed at meetings, each board's action log: a new table, empty until the first is recorded.
    // A meeting's time, agenda and attendance are optional fields: nothing to rewrite.
    version: 5,
    stores: {
      actions: 'id, boardId, meetingId, ownerId, status',
    },
  },
  {
    // Meeting packs as published (frozen): a new table, empty until the first pack is published.
    version: 6,
    stores: {
      packs: 'id, meetingId',
    },
  },
]

/**
 * Reads every data table IndexedDB holds during this version's upgrade (a table a later version
 * adds is not there yet, though Dexie's own `storeNames` lists it), applies app/domain/data-upgrades.ts from
 * `fromVersion`, and writes back what it changed.
 */
async function upgradeTables(transaction: Transaction, fromVersion: number): Promise<void> {
  const tables = datasetTables.filter((name) => transaction.idbtrans.objectStoreNames.contains(name))
  const before: LooseDataset = {}
  for (const name of tables) before[name] = (await transaction.table(name).toArray()) as LooseDataset[string]
  const after = upgradeData(fromVersion, before)
  for (const name of tables) {
    const rows = after[name] ?? []
    if (rows === before[name]) continue
    await transaction.table(name).clear()
    await transaction.table(name).bulkAdd(rows)
  }
}

export const LATEST_SCHEMA_VERSION = migrations.at(-1)!.version
