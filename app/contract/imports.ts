import { z } from 'zod'
import { idSchema, instantSchema, isoDateSchema, optionalText, requiredText, versionSchema } from './common'
import { emailSchema } from './people'
import { ragSchema } from './rag'

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

/** The largest spreadsheet the import page reads: a council's tracker is far smaller. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024
/** The most milestones one import brings in. */
export const MAX_IMPORT_ROWS = 1000
/** The most people one import adds. */
export const MAX_IMPORT_NEW_PEOPLE = 200
/** A plan holds at most this many themes (as its own create and update schemas say). */
export const MAX_PLAN_THEMES = 30

const fileHashSchema = z
  .string({ error: 'Send the file’s SHA-256 hash' })
  .regex(/^[0-9a-f]{64}$/, { error: 'The file’s hash must be 64 lower-case hexadecimal characters (SHA-256)' })

/** How the request names a person the import itself creates: the owner's words in the spreadsheet, once. */
const newPersonKeySchema = z.string({ error: 'Name the new person this row belongs to' }).trim().min(1).max(200)

/**
 * One milestone of the spreadsheet, as the person mapped it. The theme is a title: the plan's own
 * theme of that title (in any case and spacing) or a new one. The owner is someone already here
 * (`ownerId`) or a person this import adds (`newOwnerKey`, a key of `newPeople`), never both.
 */
export const importRowSchema = z
  .strictObject({
    /** The row's number in the spreadsheet, kept in the milestone's history. */
    sheetRow: z.number({ error: 'Give the row’s number in the spreadsheet' }).int().min(1).max(1_048_576),
    theme: requiredText('the theme', 160),
    title: requiredText('the milestone’s title', 200),
    ownerId: idSchema.optional(),
    newOwnerKey: newPersonKeySchema.optional(),
    dueDate: isoDateSchema,
    rag: ragSchema,
    commentary: optionalText('commentary', 5000),
    recoveryAction: optionalText('the recovery action', 5000),
    evidence: optionalText('the evidence of completion', 5000),
  })
  .superRefine((row, ctx) => {
    const owners = Number(row.ownerId !== undefined) + Number(row.newOwnerKey !== undefined)
    if (owners !== 1) ctx.addIssue({ code: 'custom', path: ['ownerId'], message: owners === 0 ? 'Select an owner' : 'Give one owner: someone already here or a new person, not both' })
  })
export type ImportRow = z.input<typeof importRowSchema>

/** A person the import adds, as a director or head of service and an officer of the plan's board. */
export const importNewPersonSchema = z.strictObject({
  key: newPersonKeySchema,
  name: requiredText('a name', 120),
  jobTitle: requiredText('a job title', 160),
  email: emailSchema.nullable().default(null),
})
export type ImportNewPerson = z.input<typeof importNewPersonSchema>

/** POST /api/plans/:id/imports: every row checked whole before anything is written; all or nothing. */
export const createPlanImportInputSchema = z
  .strictObject({
    fileName: requiredText('the file’s name', 255),
    fileHash: fileHashSchema,
    rows: z
      .array(importRowSchema)
      .min(1, { error: 'There are no milestones to import' })
      .max(MAX_IMPORT_ROWS, { error: `Import at most ${MAX_IMPORT_ROWS} milestones at once` }),
    newPeople: z.array(importNewPersonSchema).max(MAX_IMPORT_NEW_PEOPLE, { error: `Add at most ${MAX_IMPORT_NEW_PEOPLE} people in one import` }).default([]),
    /** The same file (by hash) was imported into this plan before, and the person means to import it again. */
    confirmRepeat: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    const keys = new Map<string, number>()
    input.newPeople.forEach((person, index) => {
      if (keys.has(person.key)) ctx.addIssue({ code: 'custom', path: ['newPeople', index, 'key'], message: 'Two new people share a key' })
      keys.set(person.key, index)
    })
    const owning = new Set<string>()
    input.rows.forEach((row, index) => {
      if (row.newOwnerKey === undefined) return
      owning.add(row.newOwnerKey)
      if (!keys.has(row.newOwnerKey)) ctx.addIssue({ code: 'custom', path: ['rows', index, 'newOwnerKey'], message: 'Select an owner: this new person is not in the list of people to add' })
    })
    input.newPeople.forEach((person, index) => {
      if (!owning.has(person.key)) ctx.addIssue({ code: 'custom', path: ['newPeople', index, 'key'], message: `${person.name} owns none of the milestones: leave them out` })
    })
  })
export type CreatePlanImportInput = z.input<typeof createPlanImportInputSchema>

/** What a successful import answers: its record, and what it created, in words for the banner. */
export const planImportResultSchema = z.object({
  import: planImportSchema,
  milestonesCreated: z.number().int().min(0),
  /** Entries added to milestones' histories beyond "created": a status, commentary or completion from the file. */
  statusUpdatesCreated: z.number().int().min(0),
  themesCreated: z.array(z.object({ id: idSchema, title: z.string() })),
  peopleCreated: z.array(z.object({ id: idSchema, name: z.string() })),
  /** People who became officers of the plan's board because they own imported milestones. */
  officersAdded: z.array(z.object({ id: idSchema, name: z.string() })),
  /** The earliest and latest due dates imported. */
  firstDueDate: isoDateSchema,
  lastDueDate: isoDateSchema,
})
export type PlanImportResult = z.infer<typeof planImportResultSchema>
