import { z } from 'zod'
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
})
export type MeetingPack = z.infer<typeof meetingPackSchema>
