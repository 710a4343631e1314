import { z } from 'zod'
import { personSchema } from './people'

/** One live session of the signed-in person, as "Your sessions" lists it. Times are ISO instants. */
export const sessionSummarySchema = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  /** When it ends if left idle (the idle timeout from its last use), never after `expiresAt`. */
  idleUntil: z.iso.datetime(),
  /** The absolute end, however busy. */
  expiresAt: z.iso.datetime(),
  /** The browser's own description of itself (User-Agent), shortened to words like "Firefox on Windows". */
  device: z.string(),
  /** The session this request came with. */
  current: z.boolean(),
})
export type SessionSummary = z.infer<typeof sessionSummarySchema>

/**
 * `GET /api/session`: who is signed in. `person` is null only for the first person to sign in on
 * an empty server, until they set the council up (they then become its administrator).
 */
export const sessionInfoSchema = z.object({
  person: personSchema.nullable(),
  email: z.string(),
  name: z.string(),
  session: sessionSummarySchema,
})
export type SessionInfo = z.infer<typeof sessionInfoSchema>
