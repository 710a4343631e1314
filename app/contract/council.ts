import { z } from 'zod'
import { emailSchema, personSchema } from './people'
import { requiredText, versionSchema } from './common'

/** The council the data belongs to: one record, named at set-up, renamed in Settings. */
export const COUNCIL_ID = 'council'

export const councilSchema = z.object({
  id: z.literal(COUNCIL_ID),
  name: z.string(),
  version: versionSchema,
})
export type Council = z.infer<typeof councilSchema>

export const councilNameSchema = requiredText('the council’s name', 120)

/**
 * The first run: start with an empty council (its name and its first chair, who becomes its
 * administrator) or with the Northshire demo. Refused once the council is set up.
 */
export const setUpInputSchema = z.discriminatedUnion(
  'start',
  [
    z.strictObject({
      start: z.literal('empty'),
      councilName: councilNameSchema,
      chairName: requiredText('the chair’s name', 120),
      chairJobTitle: requiredText('the chair’s job title', 160),
      chairEmail: emailSchema.nullable().default(null),
    }),
    z.strictObject({ start: z.literal('demo') }),
  ],
  { error: 'Choose to start with an empty council or with the demo' },
)
export type SetUpInput = z.input<typeof setUpInputSchema>

/** What POST /api/setup answers: the council, and the person to act as first (the first chair; nobody yet for the demo, whose people are chosen in the picker). */
export const setUpResultSchema = z.object({
  council: councilSchema,
  actAs: personSchema.nullable(),
})
export type SetUpResult = z.infer<typeof setUpResultSchema>

export const updateCouncilInputSchema = z.strictObject({ name: councilNameSchema })
export type UpdateCouncilInput = z.input<typeof updateCouncilInputSchema>
