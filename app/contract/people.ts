import { z } from 'zod'
import { idSchema, requiredText, versionSchema } from './common'

export const roles = ['chair', 'director', 'member'] as const
export const roleSchema = z.enum(roles, { error: 'Select a role' })
export type Role = z.infer<typeof roleSchema>

export const roleLabels: Record<Role, string> = {
  chair: 'Board chair',
  director: 'Director or head of service',
  member: 'Elected member (read only)',
}

/** A work email address, kept lower case: how sign-in (on the shared server) will know the person. */
export const emailSchema = z
  .string({ error: 'Enter an email address' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'Email address must be 254 characters or fewer' })
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@council.gov.uk' }))

/** How a person sits on a board besides chairing it (the chair is the board's own `chairId`). */
export const membershipKinds = ['member', 'officer'] as const
export const membershipKindSchema = z.enum(membershipKinds, { error: 'Select how the person sits on the board' })
export type MembershipKind = z.infer<typeof membershipKindSchema>
export const membershipKindLabels: Record<MembershipKind | 'chair', string> = {
  chair: 'Chair',
  member: 'Member',
  officer: 'Officer (owns milestones, writes reports)',
}

export const membershipSchema = z.strictObject({ boardId: idSchema, as: membershipKindSchema })
export type Membership = z.infer<typeof membershipSchema>

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  jobTitle: z.string(),
  role: roleSchema,
  email: z.string().nullable(),
  /** May restore a backup or reset the data, and add or change people, whatever their role. */
  isAdmin: z.boolean(),
  /** A deactivated person keeps their name in the history but may no longer act or be chosen. People are never deleted. */
  active: z.boolean(),
  version: versionSchema,
})
export type Person = z.infer<typeof personSchema>

const membershipsSchema = z
  .array(membershipSchema)
  .max(50)
  .refine((list) => new Set(list.map((each) => each.boardId)).size === list.length, { error: 'Choose each board once' })

export const createPersonInputSchema = z.strictObject({
  name: requiredText('a name', 120),
  jobTitle: requiredText('a job title', 160),
  role: roleSchema,
  email: emailSchema.nullable().default(null),
  isAdmin: z.boolean().default(false),
  /** The boards the person sits on as a member or officer; written to those boards in the same transaction. */
  memberships: membershipsSchema.default([]),
})
export type CreatePersonInput = z.input<typeof createPersonInputSchema>

export const updatePersonInputSchema = z.strictObject({
  name: requiredText('a name', 120).optional(),
  jobTitle: requiredText('a job title', 160).optional(),
  role: roleSchema.optional(),
  email: emailSchema.nullable().optional(),
  isAdmin: z.boolean().optional(),
  active: z.boolean().optional(),
  /** Replaces the person's memberships of every board they do not chair. */
  memberships: membershipsSchema.optional(),
})
export type UpdatePersonInput = z.input<typeof updatePersonInputSchema>
