import { z } from 'zod'
import { hasVisibleText, idSchema, isoDateSchema, isoMonthSchema } from './common'
import { gradeSchema } from './inspections'
import { recurrenceSchema } from './reports'

/** The longest minutes the extractor reads at once: a long meeting's minutes are a tenth of this. */
export const MINUTES_MAX_CHARACTERS = 200_000

/**
 * `POST /api/minutes/proposals`: a meeting's minutes, as plain text, to read for proposals. The text
 * is kept exactly as sent (not trimmed), so the proposals' offsets point into it.
 */
export const minutesProposalsInputSchema = z.strictObject({
  boardId: idSchema,
  /** The meeting the minutes record: its date is the day their relative dates are read from. */
  meetingId: idSchema.optional(),
  text: z
    .string({ error: 'Enter the minutes' })
    .min(1, { error: 'Enter the minutes', abort: true })
    .max(MINUTES_MAX_CHARACTERS, { error: 'The minutes must be 200,000 characters or fewer: bring them in an agenda item at a time' })
    .refine(hasVisibleText, { error: 'Enter the minutes: what was entered shows nothing' }),
})
export type MinutesProposalsInput = z.input<typeof minutesProposalsInputSchema>

export const proposalKinds = ['report', 'action', 'commitment', 'judgement'] as const
export const proposalKindSchema = z.enum(proposalKinds)
export type ProposalKind = z.infer<typeof proposalKindSchema>

/**
 * When a proposal is due: one of the board's meetings; a month or "the next meeting" when no meeting
 * of the board is known for it; a date (a deadline); or unspecified, with the words the minutes
 * used ("later in the summer", "a future meeting") as the note.
 */
export const proposalDueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('meeting'), meetingId: idSchema }),
  z.strictObject({ kind: z.literal('month'), month: isoMonthSchema }),
  z.strictObject({ kind: z.literal('next-meeting') }),
  z.strictObject({ kind: z.literal('date'), date: isoDateSchema }),
  z.strictObject({ kind: z.literal('unspecified'), note: z.string().optional() }),
])
export type ProposalDue = z.infer<typeof proposalDueSchema>

/** Where in the minutes a proposal came from: its sentence, and the sentence's offsets in the text sent. */
export const proposalSourceSchema = z.strictObject({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
export type ProposalSource = z.infer<typeof proposalSourceSchema>

/**
 * One thing the minutes seem to record, for a person to accept, edit or reject: nothing is stored
 * until they do. `owner` is as the minutes write it ("Mr Segurola", "the Director of Children’s
 * Services"), not matched to a person. `grade` is given for a judgement, and only for one.
 */
export const minutesProposalSchema = z
  .strictObject({
    id: z.string(),
    kind: proposalKindSchema,
    title: z.string().min(1).max(200),
    due: proposalDueSchema,
    recurrence: recurrenceSchema,
    owner: z.string().nullable(),
    grade: gradeSchema.optional(),
    source: proposalSourceSchema,
  })
  .refine((proposal) => (proposal.kind === 'judgement') === (proposal.grade !== undefined), {
    error: 'A judgement has a grade, and nothing else has',
    path: ['grade'],
  })
export type MinutesProposal = z.infer<typeof minutesProposalSchema>

/** The answer: the proposals in the order their sentences come in the minutes. */
export const minutesProposalsSchema = z.array(minutesProposalSchema)
