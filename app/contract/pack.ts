import { z } from 'zod'
import { boardSchema } from './boards'
import { dateChangeSchema } from './date-changes'
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
})
export type MeetingPack = z.infer<typeof meetingPackSchema>
