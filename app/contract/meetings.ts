import { z } from 'zod'
import { idSchema, isoDateSchema, optionalText, requiredText, versionSchema } from './common'
import { agendaItemKinds, meetingStatuses } from './meeting-words'

export { agendaItemKindLabels, agendaItemKinds, meetingStatusLabels, meetingStatuses, type AgendaItemKind, type MeetingStatus } from './meeting-words'
export const meetingStatusSchema = z.enum(meetingStatuses, { error: 'Select the meeting’s status' })

/** A time of day, 24-hour `HH:MM` (10:00, 14:30): when a meeting starts. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a real time, like 10:00 or 14:30' })

export const agendaItemKindSchema = z.enum(agendaItemKinds, { error: 'Select the kind of item' })

/** One item of a meeting's agenda; its number is its place in the list (1, 2, 3…). */
export const agendaItemSchema = z.object({
  id: idSchema,
  kind: agendaItemKindSchema,
  title: z.string(),
  /** The report this item considers (kind report). */
  reportId: idSchema.nullable(),
  /** What the meeting decided, in words ("RESOLVED that…"), once it has been held. */
  decision: z.string().nullable(),
})
export type AgendaItem = z.infer<typeof agendaItemSchema>

/** Who came to a meeting, and who sent apologies: the board's people by id, and anyone else in words. */
export const attendanceSchema = z.object({
  present: z.array(idSchema),
  apologies: z.array(idSchema),
  /** Others present (officers in attendance, guests), as the clerk writes them. */
  others: z.string(),
})
export type Attendance = z.infer<typeof attendanceSchema>

/** Something about a meeting's date worth a second look (a weekend, a bank holiday, a second meeting of the board that day): a warning, never a refusal. */
export const schedulingWarningSchema = z.object({
  kind: z.enum(['weekend', 'bank-holiday', 'same-day']),
  message: z.string(),
})

export const meetingSchema = z.object({
  id: idSchema,
  boardId: idSchema,
  date: isoDateSchema,
  /** When it starts (`HH:MM`), once known. */
  time: timeOfDaySchema.nullable(),
  status: meetingStatusSchema,
  /** Where it is held (the venue). */
  location: z.string().optional(),
  /**
   * The agenda, in order. Until the chair first saves it, the standing items with each report due
   * at the meeting (derived, `agendaSaved` false); after, as saved, with any report newly due added
   * before any other business.
   */
  agenda: z.array(agendaItemSchema),
  /** Whether the chair has saved the agenda (else it is the standing one). */
  agendaSaved: z.boolean(),
  /** Recorded once the meeting has been held. */
  attendance: attendanceSchema.nullable(),
  /** Derived: the last day papers may be published, leaving the lead time in clear working days. */
  papersDeadline: isoDateSchema,
  /** Derived, for a meeting not cancelled: what about its date is worth a second look. */
  warnings: z.array(schedulingWarningSchema),
  /**
   * The meeting its business (its open reports due, the open actions due by it) was last moved to
   * (`moveBusinessTo`); absent until then, and in packs frozen before it was kept.
   */
  businessMovedTo: idSchema.optional(),
  version: versionSchema,
})
export type Meeting = z.infer<typeof meetingSchema>

export const createMeetingInputSchema = z.strictObject({
  boardId: idSchema,
  date: isoDateSchema,
  time: timeOfDaySchema.nullable().default(null),
  status: meetingStatusSchema.default('scheduled'),
  location: optionalText('the location', 200),
})
export type CreateMeetingInput = z.input<typeof createMeetingInputSchema>

/** An agenda item as the chair saves it: a new item has no id yet; a report item names its report. */
export const agendaItemInputSchema = z.strictObject({
  id: idSchema.optional(),
  kind: agendaItemKindSchema,
  title: requiredText('the item’s title', 300),
  reportId: idSchema.nullable().default(null),
  decision: optionalText('the decision', 5000)
    .nullable()
    .transform((value) => value ?? null),
})
export type AgendaItemInput = z.input<typeof agendaItemInputSchema>

/**
 * A series of meetings: `count` meetings every `everyWeeks` weeks from `firstDate`; one that would
 * fall on a bank holiday moves to the next working day.
 */
export const createMeetingSeriesInputSchema = z.strictObject({
  boardId: idSchema,
  firstDate: isoDateSchema,
  everyWeeks: z.number({ error: 'Enter how many weeks apart, like 4' }).int({ error: 'Enter a whole number of weeks' }).min(1, { error: 'Enter at least 1 week' }).max(52, { error: 'Enter 52 weeks or fewer' }),
  count: z.number({ error: 'Enter how many meetings, like 10' }).int({ error: 'Enter a whole number of meetings' }).min(2, { error: 'A series has at least 2 meetings' }).max(52, { error: 'A series has at most 52 meetings' }),
  time: timeOfDaySchema.nullable().default(null),
  location: optionalText('the location', 200),
})
export type CreateMeetingSeriesInput = z.input<typeof createMeetingSeriesInputSchema>

/** A series as made: its meetings, and those moved off a bank holiday (from the date they would have had). */
export const meetingSeriesResultSchema = z.object({
  meetings: z.array(meetingSchema),
  moved: z.array(z.object({ meetingId: idSchema, from: isoDateSchema, to: isoDateSchema })),
})
export type MeetingSeriesResult = z.infer<typeof meetingSeriesResultSchema>

export const updateMeetingInputSchema = z.strictObject({
  date: isoDateSchema.optional(),
  time: timeOfDaySchema.nullable().optional(),
  status: meetingStatusSchema.optional(),
  /** The venue; null clears it (an empty or absent one changes nothing). */
  location: optionalText('the location', 200).nullable(),
  /** The whole agenda, in its new order. */
  agenda: z
    .array(agendaItemInputSchema)
    .max(60, { error: 'An agenda may have at most 60 items' })
    .refine((items) => new Set(items.flatMap((item) => (item.reportId ? [item.reportId] : []))).size === items.filter((item) => item.reportId).length, {
      error: 'List each report once',
    })
    .optional(),
  attendance: z
    .strictObject({
      present: z.array(idSchema).max(100),
      apologies: z.array(idSchema).max(100),
      others: optionalText('others present', 2000).transform((value) => value ?? ''),
    })
    .refine((value) => !value.present.some((id) => value.apologies.includes(id)), { error: 'A person is either present or sent apologies, not both' })
    .nullable()
    .optional(),
  /**
   * Moves this meeting's business to another scheduled meeting of the board, in the same change
   * (as when it is cancelled): the open reports due at it, and the open actions due by it.
   */
  moveBusinessTo: idSchema.optional(),
})
export type UpdateMeetingInput = z.input<typeof updateMeetingInputSchema>

export const meetingsQuerySchema = z.object({
  boardId: idSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
})
export type MeetingsQuery = z.infer<typeof meetingsQuerySchema>
