import { http } from 'msw'
import { BACKUP_FORMAT, DATA_SCHEMA_VERSION, MAX_BACKUP_BYTES, backupEnvelopeSchema, type Backup } from '@/contract/backup'
import { datasetSchema, datasetTables, type Dataset } from '@/contract/stored'
import { upgradeData } from '@/domain/data-upgrades'
import { mayResetData, mayRestoreBackup } from '@/domain/permissions'
import { datasetProblems } from '@/domain/record-rules'
import { read, write } from '../db/store'
import { demoData, markSetUp, readDataset, replaceWithDemo, writeDataset } from '../db/seed'
import { actingPerson, answer, readText, json, noContent, nowInstant, parseJson, parseWith, problems, enforce, reportProgress } from './http'
import { publishDemoPacks } from './meeting-pack'
import { route } from './paths'

/** JSON with object keys sorted, so the checksum does not depend on key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  )
}

export async function checksumOf(data: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(data))
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** Brings a backup's data up to this version's schema (app/domain/data-upgrades.ts), after its checksum is checked, then reads it whole. */
function fromSchemaVersion(version: number, data: Backup['data'] | Record<string, Array<Record<string, unknown>>>): Dataset {
  const upgraded = upgradeData(version, data as Record<string, Array<Record<string, unknown>>>)
  return parseWith(datasetSchema, upgraded, 'data')
}

/** Every record of a backup meets the rules the API applies to each write (app/domain/record-rules.ts). */
function checkReferences(data: Dataset): void {
  const errors = datasetProblems(data)
  if (errors.length > 0) throw problems.validation(errors, 'The backup breaks the rules a record must meet: a missing record, or a person in a role that may not hold it.')
}

export const adminHandlers = [
  http.get(route('/export'), () =>
    answer(async () => {
      // One consistent read of every table; the checksum is worked out after it.
      const data = await read(readDataset)
      const backup: Backup = {
        format: BACKUP_FORMAT,
        schemaVersion: DATA_SCHEMA_VERSION,
        exportedAt: nowInstant(),
        checksum: await checksumOf(data),
        data,
      }
      return json(backup)
    }),
  ),

  http.post(route('/import'), ({ request }) =>
    answer(async () => {
      const text = await readText(request, MAX_BACKUP_BYTES, 'The backup file is larger than 50 MB.')
      reportProgress(request, 'checking', 1, 3)
      const raw = parseJson(text, 'The file is not valid JSON: it may be damaged or not a backup.')
      const backup = parseWith(backupEnvelopeSchema, raw)
      if ((await checksumOf(backup.data)) !== backup.checksum) {
        throw problems.validation([{ path: 'checksum', message: 'The checksum does not match: the file has been changed or damaged' }], 'The backup file is damaged.')
      }
      const data = fromSchemaVersion(backup.schemaVersion, backup.data)
      checkReferences(data)
      // Whoever restores must still be able to restore and reset afterwards: someone must be an administrator.
      if (!data.people.some((person) => person.isAdmin)) {
        throw problems.validation([{ path: 'data.people', message: 'The backup names no administrator: after restoring it nobody could restore or reset' }])
      }
      reportProgress(request, 'writing', 2, 3)
      return write(async (tx) => {
        enforce(mayRestoreBackup(await actingPerson(tx, request)))
        await writeDataset(tx, data)
        await markSetUp(tx)
        const imported = Object.fromEntries(datasetTables.map((table) => [table, data[table].length]))
        return json({ imported })
      })
    }),
  ),

  http.post(route('/reset'), ({ request }) =>
    answer(async () => {
      const data = await demoData()
      return write(async (tx) => {
        enforce(mayResetData(await actingPerson(tx, request)))
        await replaceWithDemo(tx, data)
        await publishDemoPacks(tx)
        return noContent()
      })
    }),
  ),
]
