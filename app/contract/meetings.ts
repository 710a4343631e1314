import { z } from 'zod'
import { idSchema, isoDateSchema, optionalText, versionSchema } from './common'

export const meetingStatuses = ['scheduled', 'held', 'cancelled'] as const
export const meetingStatusSchema = z.enum(meetingStatuses, { error: 'Select the meeting’s status' })
export type MeetingStatus = z.infer<typeof meetingStatusSchema>

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
}

export const meetingSchema = z.object({
  id: idSchema,
  boardId: idSchema,
  date: isoDateSchema,
  status: meetingStatusSchema,
  location: z.string().optional(),
  /** Derived: the last day papers may be published, leaving the lead time in clear working days. */
  papersDeadline: isoDateSchema,
  version: versionSchema,
})
export type Meeting = z.infer<typeof meetingSchema>

export const createMeetingInputSchema = z.strictObject({
  boardId: idSchema,
  date: isoDateSchema,
  status: meetingStatusSchema.default('scheduled'),
  location: optionalText('the location', 200),
})
export type CreateMeetingInput = z.input<typeof createMeetingInputSchema>

export const updateMeetingInputSchema = z.strictObject({
  date: isoDateSchema.optional(),
  status: meetingStatusSchema.optional(),
  location: optionalText('the location', 200),
})
export type UpdateMeetingInput = z.input<typeof updateMeetingInputSchema>

export const meetingsQuerySchema = z.object({
  boardId: idSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
})
export type MeetingsQuery = z.infer<typeof meetingsQuerySchema>
