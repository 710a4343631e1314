import type { z } from 'zod'
import { actionSchema } from './actions'
import { auditPageSchema } from './audit'
import { boardSchema } from './boards'
import { councilSchema } from './council'
import { dateChangeSchema } from './date-changes'
import { planImportSchema } from './imports'
import { inspectionSchema } from './inspections'
import { measureActualSchema, measureSchema } from './measures'
import { meetingSchema } from './meetings'
import { milestoneSchema, milestoneUpdateSchema } from './milestones'
import { meetingPackSchema, packChangesSchema, packPublicationSchema } from './pack'
import { personSchema } from './people'
import { personChangeSchema } from './person-changes'
import { planSchema } from './plans'
import { reportSchema } from './reports'

/**
 * What each GET of the API answers, by path pattern: a list of records (`list`, the schema of one)
 * or one document (`one`). The API reads every answer against its schema before it leaves
 * (mocks/handlers/read-answer.ts), in the local API's worker and on the shared server alike, so
 * the page only types what arrives and loads no zod to read it. A list leaves out a record it
 * cannot read and names it (app/contract/unreadable.ts); a document it cannot read is a 500.
 *
 * Not here: `/api/export`, a backup taken as stored (a record this version cannot read must never
 * stop anyone taking a backup; the restore checks the file whole), and the shared server's
 * `/api/session` and `/api/sessions`, which it writes from its own tables.
 */
export const answerSchemas: ReadonlyArray<{ path: string; list: z.ZodType } | { path: string; one: z.ZodType }> = [
  { path: '/api/council', one: councilSchema },
  { path: '/api/people', list: personSchema },
  { path: '/api/people/:id', one: personSchema },
  { path: '/api/people/:id/changes', list: personChangeSchema },
  { path: '/api/inspections', list: inspectionSchema },
  { path: '/api/inspections/:id', one: inspectionSchema },
  { path: '/api/boards', list: boardSchema },
  { path: '/api/boards/:id', one: boardSchema },
  { path: '/api/meetings', list: meetingSchema },
  { path: '/api/meetings/:id', one: meetingSchema },
  { path: '/api/meetings/:id/pack', one: meetingPackSchema },
  { path: '/api/meetings/:id/packs', list: packPublicationSchema },
  { path: '/api/meetings/:id/packs/:number', one: meetingPackSchema },
  { path: '/api/meetings/:id/changes', one: packChangesSchema },
  { path: '/api/actions', list: actionSchema },
  { path: '/api/actions/:id', one: actionSchema },
  { path: '/api/plans', list: planSchema },
  { path: '/api/plans/:id', one: planSchema },
  { path: '/api/plans/:id/updates', list: milestoneUpdateSchema },
  { path: '/api/plans/:id/imports', list: planImportSchema },
  { path: '/api/milestones', list: milestoneSchema },
  { path: '/api/milestones/:id', one: milestoneSchema },
  { path: '/api/milestones/:id/updates', list: milestoneUpdateSchema },
  { path: '/api/milestones/:id/date-changes', list: dateChangeSchema },
  { path: '/api/date-changes', list: dateChangeSchema },
  { path: '/api/reports', list: reportSchema },
  { path: '/api/reports/:id', one: reportSchema },
  { path: '/api/measures', list: measureSchema },
  { path: '/api/measures/:id', one: measureSchema },
  { path: '/api/measures/:id/actuals', list: measureActualSchema },
  { path: '/api/audit', one: auditPageSchema },
]
