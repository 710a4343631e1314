import { z } from 'zod'
import { instantSchema } from './common'
import { datasetSchema } from './stored'

export const BACKUP_FORMAT = 'improvement-tracker-backup'
/** The data schema version a backup was written with; a newer app reads older ones. */
/** 2: people carry isAdmin. 3: the council, officers, agreed plans with baselines, date changes, sign-off, measures, imports (app/domain/data-upgrades.ts). 4: changes to people's roles and seats. 5: meetings' actions (and a meeting's time, agenda and attendance, optional). 6: published meeting packs. */
export const DATA_SCHEMA_VERSION = 6
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024

/** A backup's envelope, read before its data: older data is upgraded (app/domain/data-upgrades.ts) before it meets today's schemas. */
export const backupEnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: 'This is not an Improvement Tracker backup file' }),
  schemaVersion: z
    .number()
    .int()
    .min(1)
    .max(DATA_SCHEMA_VERSION, { error: 'This backup was made by a newer version of the app' }),
  exportedAt: instantSchema,
  /** SHA-256, in hex, of the JSON of `data` with object keys sorted. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/, { error: 'The backup’s checksum is missing or malformed' }),
  data: z.record(z.string(), z.array(z.record(z.string(), z.unknown())), { error: 'The backup holds no data tables' }),
})

export const backupSchema = backupEnvelopeSchema.extend({ data: datasetSchema })
export type Backup = z.infer<typeof backupSchema>

export const importResultSchema = z.object({
  imported: z.record(z.string(), z.number().int()),
})
export type ImportResult = z.infer<typeof importResultSchema>
