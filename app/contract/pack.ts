import { z } from 'zod'
import { boardSchema } from './boards'
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
})
export type MeetingPack = z.infer<typeof meetingPackSchema>
