import { z } from 'zod'
import { instantSchema } from './common'
import { datasetSchema } from './stored'

export const BACKUP_FORMAT = 'improvement-tracker-backup'
/** The data schema version a backup was written with; a newer app reads older ones. */
/** 2: people carry isAdmin (a version 1 backup's chairs become administrators, as they could restore and reset then). */
export const DATA_SCHEMA_VERSION = 2
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: 'This is not an Improvement Tracker backup file' }),
  schemaVersion: z
    .number()
    .int()
    .min(1)
    .max(DATA_SCHEMA_VERSION, { error: 'This backup was made by a newer version of the app' }),
  exportedAt: instantSchema,
  /** SHA-256, in hex, of the JSON of `data` with object keys sorted. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/, { error: 'The backup’s checksum is missing or malformed' }),
  data: datasetSchema,
})
export type Backup = z.infer<typeof backupSchema>

export const importResultSchema = z.object({
  imported: z.record(z.string(), z.number().int()),
})
export type ImportResult = z.infer<typeof importResultSchema>
