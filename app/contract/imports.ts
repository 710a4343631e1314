import { z } from 'zod'
import { idSchema, instantSchema, versionSchema } from './common'

/**
 * A spreadsheet brought into a plan: the record of it, so that the same file imported twice is
 * noticed (by the SHA-256 of its bytes). The rows themselves become themes, milestones and people.
 */
export const planImportSchema = z.object({
  id: idSchema,
  planId: idSchema,
  fileName: z.string(),
  /** SHA-256 of the file's bytes, in hex. */
  fileHash: z.string().regex(/^[0-9a-f]{64}$/),
  rowCount: z.number().int().min(0),
  importedById: idSchema,
  importedAt: instantSchema,
  version: versionSchema,
})
export type PlanImport = z.infer<typeof planImportSchema>
