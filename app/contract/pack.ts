import { z } from 'zod'
import { idSchema, instantSchema, isoDateSchema, optionalText } from './common'
import { ragSchema } from './rag'
import { actionSchema } from './actions'
import { boardSchema } from './boards'
import { dateChangeSchema } from './date-changes'
import { measureChangeSchema, measureSchema } from './measures'
import { meetingSchema } from './meetings'
import { milestoneSchema, milestoneUpdateSchema } from './milestones'
import { reportSchema } from './reports'

/** A report due at the meeting, with where it came from. */
export const packReportSchema = reportSchema.extend({
  /** The meeting it was first due at, when it was deferred to this one. */
  deferredFromMeetingId: z.string().nullable(),
  /** Late: past this meeting's papers deadline and not submitted. */
  late: z.boolean(),
})
export type PackReport = z.infer<typeof packReportSchema>

export const packStatusChangeSchema = milestoneUpdateSchema.extend({
  milestoneTitle: z.string(),
})
export type PackStatusChange = z.infer<typeof packStatusChangeSchema>

/** A milestone's date change, proposed or decided since the previous meeting. */
export const packDateChangeSchema = dateChangeSchema.extend({
  milestoneTitle: z.string(),
})
export type PackDateChange = z.infer<typeof packDateChangeSchema>
/**
 * A performance measure of the board's plans as known at the meeting: `latest` and `status` from
 * the actuals recorded by the end of the meeting's day, with the month before for the direction of travel.
 */
export const packMeasureSchema = measureSchema.extend({
  previous: z.object({ month: z.string(), value: z.number() }).nullable(),
  change: measureChangeSchema.nullable(),
})
export type PackMeasure = z.infer<typeof packMeasureSchema>

/** Every milestone of the pack's plans, as it stood: what "changes since the last meeting" compares. */
export const packMilestoneStatusSchema = z.object({
  id: idSchema,
  title: z.string(),
  rag: ragSchema,
  dueDate: isoDateSchema,
  closedOn: isoDateSchema.nullable(),
  /**
   * The milestone's theme, and whether it had slipped or was overdue, when the pack was made: what
   * the pack's status summary counts. Packs published before these were kept have none of them.
   */
  theme: z.string().optional(),
  slipped: z.boolean().optional(),
  slippedDays: z.number().int().min(0).optional(),
  overdue: z.boolean().optional(),
  /** Marked Complete by its owner and not yet signed off by the chair: not counted as complete. */
  awaitingSignOff: z.boolean().optional(),
})
export type PackMilestoneStatus = z.infer<typeof packMilestoneStatusSchema>

/** When and by whom a pack was published (frozen): by the chair, or automatically at the papers deadline. */
export const packPublicationSchema = z.object({
  /** 1 for the first publication, 2 for the first republication… */
  number: z.number().int().positive(),
  publishedAt: instantSchema,
  /** The chair who published it; null when it was frozen automatically at the papers deadline. */
  publishedById: idSchema.nullable(),
  /** Why it was published again (every republication says why); null for the first. */
  reason: z.string().nullable(),
})
export type PackPublication = z.infer<typeof packPublicationSchema>

/** Everything a member needs before a meeting. */
export const meetingPackSchema = z.object({
  meeting: meetingSchema,
  board: boardSchema,
  previousMeeting: meetingSchema.nullable(),
  reports: z.array(packReportSchema),
  /** Milestones that fell due since the previous meeting, up to this one. */
  milestonesDue: z.array(milestoneSchema),
  /** Milestones overdue now. */
  overdueMilestones: z.array(milestoneSchema),
  /** Status updates since the previous meeting, newest first. */
  statusChanges: z.array(packStatusChangeSchema),
  /** Dates changed since the previous meeting: each change proposed, agreed or refused in that time, newest first. */
  dateChanges: z.array(packDateChangeSchema),
  /** Milestones marked Complete by their owners, awaiting the chair's sign-off: not yet counted as complete. */
  awaitingSignOff: z.array(milestoneSchema),
  /** The performance measures of the board's plans, by plan and name, each with its latest value and status. */
  measures: z.array(packMeasureSchema),
  /**
   * Actions from previous meetings: every action of the board agreed before this meeting that is
   * still open, or was done since the previous meeting; open ones first, most urgent first.
   */
  actions: z.array(actionSchema),
  /** Every milestone of the pack's plans, by id, as it stood when the pack was made. */
  milestoneStatuses: z.array(packMilestoneStatusSchema),
  /** Null for the live draft (worked out afresh on each read); the publication of a frozen pack. */
  publication: packPublicationSchema.nullable(),
})
export type MeetingPack = z.infer<typeof meetingPackSchema>

/** A published pack as stored: frozen, never recomputed. Its `content.publication` is null (the publication is beside it). */
export const storedPackSchema = packPublicationSchema.extend({
  id: idSchema,
  meetingId: idSchema,
  boardId: idSchema,
  content: meetingPackSchema,
})
export type StoredPack = z.infer<typeof storedPackSchema>

/** `POST /api/meetings/{id}/packs`: publish the pack now; publishing again needs a reason. */
export const publishPackInputSchema = z.strictObject({
  reason: optionalText('why the pack is published again', 2000).transform((value) => value ?? null),
})
export type PublishPackInput = z.input<typeof publishPackInputSchema>

/** A milestone whose status or due date differs between two packs, or that one has and the other has not. */
export const packMilestoneChangeSchema = z.object({
  id: idSchema,
  title: z.string(),
  before: packMilestoneStatusSchema.nullable(),
  after: packMilestoneStatusSchema.nullable(),
})
export type PackMilestoneChange = z.infer<typeof packMilestoneChangeSchema>

/**
 * `GET /api/meetings/{id}/changes`: changes since the last meeting, from the previous meeting's
 * published pack to this one's (or, before this one is published, to its live draft: provisional).
 */
export const packChangesSchema = z.object({
  from: z.object({ meetingId: idSchema, number: z.number().int().positive() }).nullable(),
  to: z.object({ meetingId: idSchema, number: z.number().int().positive().nullable() }),
  /** True while this meeting's pack is not published: the comparison may still change. */
  provisional: z.boolean(),
  changes: z.array(packMilestoneChangeSchema),
})
export type PackChanges = z.infer<typeof packChangesSchema>
